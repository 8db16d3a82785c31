import type { backupChannels } from '../../../shared/ipc/channels/backup';
import type { HandlersFor } from '../handler';
import { backupStatus, createBackup, folderInfo, listBackups, setBackupFolder } from './backups';
import { restoreFromBackup } from './restoreService';

export const backupHandlers: HandlersFor<keyof typeof backupChannels> = {
  'backup:list': (_input, ctx) => {
    const folder = folderInfo(ctx);
    return { ...folder, backups: listBackups(folder.folder) };
  },
  'backup:status': (_input, ctx) => backupStatus(ctx),
  'backup:create': async (_input, ctx) => {
    const run = () => createBackup(ctx, 'manual', (progress) => ctx.emitNow('backup:progress', progress));
    const entry = await (ctx.archive ? ctx.archive.exclusive(run) : run());
    // A backup writes files, not rows (VACUUM INTO reads): no change for mutate to hold the event for.
    ctx.emit('backup:changed', { reason: 'created' });
    return entry;
  },
  'backup:setFolder': (input, ctx) => setBackupFolder(ctx, input.folder),
  'backup:restore': (input, ctx) => restoreFromBackup(ctx, input.file),
};
