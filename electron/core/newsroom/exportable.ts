// `ppid-desk export NOMOR`: which kind of newsroom document a number names, and its file. A small
// registry: a new numbered kind (siaran pers) adds one entry with its lookup and its exporter.
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { Ctx } from '../context';
import { AppError, notFound } from '../errors';
import { clarificationIdByNumber } from './clarifications/repo';
import { exportClarification } from './clarifications/export';
import { releaseByNumber } from './releases/repo';
import { exportRelease } from './releases/export';

type Format = ParsedInput<'newsroom:export'>['format'];

export interface ExportableKind {
  kind: string;
  /** What the officer calls it, in messages. */
  label: string;
  formats: readonly Format[];
  find(ctx: Ctx, number: string): number | undefined;
  file(ctx: Ctx, id: number, format: Format): Promise<{ fileName: string; mimeType: string; dataBase64: string }>;
}

export const EXPORTABLE_KINDS: ExportableKind[] = [
  {
    kind: 'clarification',
    label: 'klarifikasi',
    formats: ['pdf', 'docx', 'png'],
    find: (ctx, number) => clarificationIdByNumber(ctx.db, number),
    file: (ctx, id, format) => exportClarification(ctx, { id, format }),
  },
  {
    kind: 'release',
    label: 'siaran pers',
    formats: ['pdf', 'docx'],
    find: (ctx, number) => releaseByNumber(ctx.db, number)?.id,
    file: (ctx, id, format) => exportRelease(ctx, { id, format: format as 'pdf' | 'docx' }),
  },
];

export async function exportByNumber(ctx: Ctx, input: ParsedInput<'newsroom:export'>) {
  const number = input.number.trim();
  for (const kind of EXPORTABLE_KINDS) {
    const id = kind.find(ctx, number);
    if (id === undefined) continue;
    if (!kind.formats.includes(input.format)) {
      throw new AppError('invalid_input', `${kind.label} ${number} tidak tersedia sebagai ${input.format}; pilih ${kind.formats.join(', ')}.`);
    }
    const file = await kind.file(ctx, id, input.format);
    return { kind: kind.kind, number, fileName: file.fileName, mimeType: file.mimeType, dataBase64: file.dataBase64 };
  }
  throw notFound(`Nomor ${number} tidak ditemukan di antara ${EXPORTABLE_KINDS.map((k) => k.label).join(', ')}. Periksa nomornya (mis. 001/KLR/PPID/XII/2026 atau 001/SP/PPID/XII/2026).`);
}
