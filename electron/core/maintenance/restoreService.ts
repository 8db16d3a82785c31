// `backup:restore` in the desktop app: the app itself holds archive.lock, so the restore runs with
// the core's own connection closed and reopens (and migrates) the restored archive afterwards.
// Over the browser host it is refused: restoring from a path on the server is an administrator's
// act (like importing server paths), done in the desktop app or with `ppid-desk restore`.
import type { RestoreResult } from '../../../shared/ipc/channels/backup';
import type { Ctx } from '../context';
import { AppError } from '../errors';
import { restoreArchive, verifyBackup } from './restore';

export async function restoreFromBackup(ctx: Ctx, file: string): Promise<RestoreResult> {
  if (ctx.host === 'browser') {
    throw new AppError(
      'forbidden',
      'Pemulihan dari cadangan hanya dapat dilakukan di aplikasi desktop PPID Desk atau dengan perintah `ppid-desk restore` oleh administrator, tidak lewat peramban.',
    );
  }
  const archive = ctx.archive;
  if (!archive) throw new AppError('precondition', 'Pemulihan tidak tersedia di sini.');
  return archive.exclusive(async () => {
    const backup = verifyBackup(file, ctx.dataDir, ctx.keys);
    const report = archive.withArchiveClosed(() => restoreArchive(ctx.dataDir, backup, { now: ctx.clock.now(), actor: ctx.actor, ...(ctx.keys ? { keys: ctx.keys } : {}) }));
    // Not through mutate: the restore wrote the restored file on its own connection (restore.ts).
    ctx.emit('backup:changed', { reason: 'restored' });
    return { backup: report.backup, preRestoreDir: report.preRestoreDir, blobs: report.blobs, checkOk: report.check.ok, lines: report.check.lines };
  });
}
