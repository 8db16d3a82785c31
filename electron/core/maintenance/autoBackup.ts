// The automatic backup the shells ask for after opening the archive ('start': the first start of
// the day in the office's zone) and before quitting ('quit': only when something changed since
// the newest backup, judged by the audit chain's head). The CLI never triggers it.
import { officeClock } from '../calendar/clocks';
import { nowIso, type Ctx } from '../context';
import { AppError } from '../errors';
import type { AutoBackupOutcome } from '../types';
import { readManifest } from './backup';
import { backupFolderOf, createBackup, listBackups, sameLocalDay } from './backups';

function auditHead(ctx: Ctx): string | null {
  return (ctx.db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get() as string | undefined) ?? null;
}

export async function runAutoBackup(ctx: Ctx, trigger: 'start' | 'quit'): Promise<AutoBackupOutcome> {
  const at = nowIso(ctx);
  const { folder } = backupFolderOf(ctx.db, ctx.dataDir);
  const newest = listBackups(folder).find((e) => e.checkOk !== false);
  if (trigger === 'start' && newest && sameLocalDay(Date.parse(newest.createdAt), ctx.clock.now().getTime(), officeClock(ctx).zone)) {
    return { trigger, at, status: 'skipped', message: `Sudah ada cadangan hari ini (${newest.name}).` };
  }
  if (trigger === 'quit' && newest && (readManifest(newest.file)?.auditHead ?? null) === auditHead(ctx)) {
    return { trigger, at, status: 'skipped', message: `Tidak ada perubahan sejak cadangan terakhir (${newest.name}).` };
  }
  try {
    const entry = await createBackup(ctx, trigger, (progress) => ctx.emitNow('backup:progress', progress));
    ctx.emitNow('backup:changed', { reason: 'created' });
    return { trigger, at, status: 'created', message: `Cadangan otomatis tersimpan: ${entry.file}`, file: entry.file };
  } catch (error) {
    ctx.emitNow('backup:changed', { reason: 'failed' });
    if (error instanceof AppError) return { trigger, at, status: 'failed', message: `Cadangan otomatis gagal: ${error.message}` };
    throw error;
  }
}
