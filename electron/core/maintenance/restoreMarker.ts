// restore-in-progress.json: written before a restore moves the current archive aside and removed
// once the backup's files are in place. Found at open, it means a restore was cut off (power cut,
// kill) between the two: the folder may hold no archive.db at all, and opening it would quietly
// create an empty archive. The app refuses instead and says how to finish.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';

export const RESTORE_MARKER = 'restore-in-progress.json';

export interface RestoreMarker {
  backup: string;
  preRestoreDir: string;
  startedAt: string;
}

export function markerPath(dataDir: string): string {
  return path.join(dataDir, RESTORE_MARKER);
}

export function readRestoreMarker(dataDir: string): RestoreMarker | null {
  try {
    return JSON.parse(fs.readFileSync(markerPath(dataDir), 'utf8')) as RestoreMarker;
  } catch {
    return null;
  }
}

export function assertNoInterruptedRestore(dataDir: string): void {
  if (!fs.existsSync(markerPath(dataDir))) return;
  const marker = readRestoreMarker(dataDir);
  throw new AppError(
    'precondition',
    `Pemulihan arsip sebelumnya terputus${marker ? ` (dari ${marker.backup})` : ''}. Jalankan lagi \`ppid-desk restore BERKAS-CADANGAN\` untuk menyelesaikannya. ` +
      `Arsip sebelum pemulihan tersimpan utuh${marker ? ` di ${marker.preRestoreDir}` : ' di folder pre-restore-* dalam folder data'}.`,
  );
}
