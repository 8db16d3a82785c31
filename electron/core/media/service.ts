// The media directory: one row per outlet and per journalist. Saving someone already there (same
// normalised name at the same outlet, or the same phone number) returns the existing row instead
// of a second one — the desk logs a call in seconds and must not fork a journalist's history.
// Blank phone/e-mail of the existing row are filled from the new input (audited).
import { normalizeName, normalizePhone } from '../../../shared/domain/inquiries';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { JournalistView, OutletView } from '../../../shared/ipc/channels/media';
import type { Ctx } from '../context';
import type { Db } from '../db/connection';
import { mutate, type Tx } from '../db/mutate';
import { invalidField, notFound } from '../errors';
import { toMatchExpression } from '../db/fts';
import {
  insertJournalist,
  insertOutlet,
  journalistById,
  journalistByNameOutlet,
  journalistByPhone,
  listOutlets,
  outletById,
  outletByKey,
  searchJournalists,
  type JournalistRow,
  type OutletRow,
} from './repo';

export const toOutletView = (row: OutletRow): OutletView => ({ id: row.id, name: row.name, type: row.type, region: row.region });

export function toJournalistView(db: Db, row: JournalistRow): JournalistView {
  return { id: row.id, name: row.name, outlet: toOutletView(outletById(db, row.outlet_id)!), phone: row.phone, email: row.email, notes: row.notes };
}

/** Finds the outlet by normalised name or adds it, inside the caller's change `tx`. */
export function findOrAddOutlet(ctx: Ctx, tx: Tx, input: ParsedInput<'media:saveOutlet'>): OutletRow {
  const { at } = tx;
  const key = normalizeName(input.name);
  if (key === '') throw invalidField('name', 'Nama media harus memuat huruf atau angka.');
  const existing = outletByKey(ctx.db, key);
  if (existing) return existing;
  const id = insertOutlet(ctx.db, { name: input.name, name_key: key, type: input.type, region: input.region, created_at: at });
  tx.audit({ action: 'media.outlet.create', entity: 'outlet', entityId: String(id), data: { name: input.name, type: input.type } });
  return outletById(ctx.db, id)!;
}

export function saveOutlet(ctx: Ctx, input: ParsedInput<'media:saveOutlet'>): OutletView {
  return toOutletView(mutate(ctx, (tx) => findOrAddOutlet(ctx, tx, input)));
}

export function outlets(ctx: Ctx, input: ParsedInput<'media:outlets'>): OutletView[] {
  return listOutlets(ctx.db, normalizeName(input.search)).map(toOutletView);
}

export interface FoundJournalist {
  row: JournalistRow;
  created: boolean;
  matchedBy: 'name_outlet' | 'phone' | null;
}

/** Finds the journalist (name+outlet, then phone) or adds them, inside the caller's change `tx`. */
export function findOrAddJournalist(ctx: Ctx, tx: Tx, input: ParsedInput<'media:saveJournalist'>): FoundJournalist {
  const { at } = tx;
  const nameKey = normalizeName(input.name);
  if (nameKey === '') throw invalidField('journalist.name', 'Nama wartawan harus memuat huruf.');
  const outlet = findOrAddOutlet(ctx, tx, { name: input.outlet, type: input.outletType, region: input.region });
  const phoneKey = normalizePhone(input.phone);
  const byName = journalistByNameOutlet(ctx.db, nameKey, outlet.id);
  const byPhone = byName ? undefined : journalistByPhone(ctx.db, phoneKey);
  const existing = byName ?? byPhone;
  if (existing) {
    const fill: Partial<JournalistRow> = {};
    if (existing.phone === '' && phoneKey !== '' && !journalistByPhone(ctx.db, phoneKey)) Object.assign(fill, { phone: input.phone, phone_key: phoneKey });
    if (existing.email === '' && input.email !== '') fill.email = input.email;
    if (Object.keys(fill).length > 0) {
      const row = { ...existing, ...fill, updated_at: at };
      ctx.db.prepare('UPDATE journalists SET phone = @phone, phone_key = @phone_key, email = @email, updated_at = @updated_at WHERE id = @id').run(row);
      tx.audit({ action: 'media.journalist.complete', entity: 'journalist', entityId: String(existing.id), data: { filled: Object.keys(fill).filter((k) => k !== 'phone_key') } });
    }
    return { row: journalistById(ctx.db, existing.id)!, created: false, matchedBy: byName ? 'name_outlet' : 'phone' };
  }
  const id = insertJournalist(ctx.db, {
    name: input.name,
    name_key: nameKey,
    outlet_id: outlet.id,
    phone: input.phone,
    phone_key: phoneKey,
    email: input.email,
    notes: input.notes,
    created_at: at,
    updated_at: at,
  });
  tx.audit({ action: 'media.journalist.create', entity: 'journalist', entityId: String(id), data: { outletId: outlet.id } });
  return { row: journalistById(ctx.db, id)!, created: true, matchedBy: null };
}

export function saveJournalist(ctx: Ctx, input: ParsedInput<'media:saveJournalist'>) {
  const found = mutate(ctx, (tx) => findOrAddJournalist(ctx, tx, input));
  return { journalist: toJournalistView(ctx.db, found.row), created: found.created, matchedBy: found.matchedBy };
}

export function journalists(ctx: Ctx, input: ParsedInput<'media:journalists'>): JournalistView[] {
  const match = input.search === '' ? null : toMatchExpression(input.search);
  if (input.search !== '' && match === null) return [];
  return searchJournalists(ctx.db, match, input.limit).map((row) => toJournalistView(ctx.db, row));
}

export function requireOutlet(ctx: Pick<Ctx, 'db'>, id: number): OutletRow {
  const row = outletById(ctx.db, id);
  if (!row) throw notFound(`Media dengan id ${id} tidak ditemukan.`);
  return row;
}
