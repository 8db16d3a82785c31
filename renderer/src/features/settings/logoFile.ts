// Client-side checks of a chosen logo file, before anything is sent. The core checks again
// (type by content, pixel size); these give the officer an immediate Indonesian message.
import { formatBytes } from '../../lib/bytes';
import { LOGO_MAX_BYTES } from '../../../../shared/domain/settings/officeProfile';

export const LOGO_ACCEPT = 'image/png,image/jpeg';

export type LogoCheck =
  | { ok: true; fileName: string; dataBase64: string }
  | { ok: false; problem: 'notImage' }
  | { ok: false; problem: 'tooLarge'; size: string };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

export async function checkLogoFile(file: File, locale = 'id-ID'): Promise<LogoCheck> {
  if (file.type !== 'image/png' && file.type !== 'image/jpeg') return { ok: false, problem: 'notImage' };
  if (file.size > LOGO_MAX_BYTES) return { ok: false, problem: 'tooLarge', size: formatBytes(file.size, locale) };
  const bytes = new Uint8Array(await readBytes(file));
  // The type above comes from the file name; a renamed document fails here instead of at the core.
  const startsWith = (magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
  if (!startsWith(file.type === 'image/png' ? PNG : JPEG)) return { ok: false, problem: 'notImage' };
  return { ok: true, fileName: file.name, dataBase64: toBase64(bytes) };
}

function readBytes(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks: String.fromCharCode(...) with a whole megabyte would overflow the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
