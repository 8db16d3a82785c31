// The SK penetapan DIP: the decree by which the head of the public body set the Daftar Informasi
// Publik (Perki 1/2021: the DIP is determined by decree and updated, "dimutakhirkan", at least
// yearly), and the date of its last update. Kept in settings and audited; printed at the head of
// the published DIP and of the Daftar Informasi yang Dikecualikan.
import type { DipDecree } from '../../../shared/ipc/channels/archiveDip';
import type { Ctx } from '../context';
import type { Db } from '../db/connection';
import { mutate } from '../db/mutate';
import { AppError } from '../errors';
import { getSetting, putSetting } from '../settings/repo';

export const DIP_DECREE_KEY = 'dip_decree';

const EMPTY: DipDecree = { number: '', date: null, updatedDate: null };

export function getDipDecree(db: Db): DipDecree {
  return { ...EMPTY, ...(getSetting(db, DIP_DECREE_KEY) as Partial<DipDecree> | undefined) };
}

export function setDipDecree(ctx: Ctx, input: DipDecree): DipDecree {
  mutate(ctx, (tx) => {
    const before = getDipDecree(tx.db);
    // Saving what is already there changes nothing: no write, no audit entry.
    if (before.number === input.number && before.date === input.date && before.updatedDate === input.updatedDate) return;
    putSetting(tx.db, DIP_DECREE_KEY, input, tx.at);
    tx.audit({ action: 'dip_decree.update', entity: 'settings', entityId: DIP_DECREE_KEY, data: { before, after: input } });
    tx.emit('settings:changed', { key: DIP_DECREE_KEY });
  });
  return input;
}

/** The decree a published list needs, or the step that is missing. */
export function requireDipDecree(db: Db, what: string): DipDecree & { date: string } {
  const decree = getDipDecree(db);
  if (decree.number === '' || decree.date === null) {
    throw new AppError('precondition', `SK penetapan DIP belum diisi: isi nomor dan tanggalnya di Arsip → SK penetapan DIP sebelum membuat ${what}.`);
  }
  return { ...decree, date: decree.date };
}
