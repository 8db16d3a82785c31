// The tariff of copying costs (Perki 1/2010 Ps 27-28: a standard set by decree of the public
// body). Replaced as a whole from Pengaturan, audited with what it was and what it became; a
// request keeps the lines it was charged (requests.cost_items), so a change never rewrites them.
import type { Tariff, TariffItem, TariffKind } from '../../../shared/domain/costs';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { TariffView } from '../../../shared/ipc/channels/costs';
import type { Ctx } from '../context';
import { mutate } from '../db/mutate';
import type { Db } from '../db/connection';
import { claimVersion } from '../db/versions';

interface TariffItemRow {
  id: number;
  kind: TariffKind;
  label: string;
  unit: string;
  price_rp: number;
}

export function getTariff(db: Db): Tariff & { updatedAt: string | null; version: number } {
  const decree = db.prepare('SELECT number, date, updated_at, row_version FROM tariff_decree WHERE id = 1').get() as
    | { number: string; date: string | null; updated_at: string; row_version: number }
    | undefined;
  const items = (db.prepare('SELECT id, kind, label, unit, price_rp FROM tariff_items ORDER BY position, id').all() as TariffItemRow[]).map(
    (r): TariffItem => ({ id: r.id, kind: r.kind, label: r.label, unit: r.unit, priceRp: r.price_rp }),
  );
  return { decreeNumber: decree?.number ?? '', decreeDate: decree?.date ?? null, items, updatedAt: decree?.updated_at ?? null, version: decree?.row_version ?? 0 };
}

/**
 * Items keep their id when an item of the same kind, label and unit is saved again, so cost lines
 * of open requests still name them; the others are new rows.
 */
export function saveTariff(ctx: Ctx, input: ParsedInput<'tariff:save'>): TariffView {
  mutate(ctx, (tx) => {
    const { at } = tx;
    claimVersion(ctx, 'tariff_decree', 1, input.version);
    const before = getTariff(ctx.db);
    const keep = new Set<number>();
    input.items.forEach((item, position) => {
      const same = before.items.find((b) => !keep.has(b.id) && b.kind === item.kind && b.label === item.label && b.unit === item.unit);
      if (same) {
        keep.add(same.id);
        ctx.db.prepare('UPDATE tariff_items SET price_rp = ?, position = ? WHERE id = ?').run(item.priceRp, position, same.id);
      } else {
        const id = ctx.db.prepare('INSERT INTO tariff_items (kind, label, unit, price_rp, position) VALUES (?, ?, ?, ?, ?)').run(item.kind, item.label, item.unit, item.priceRp, position).lastInsertRowid;
        keep.add(Number(id));
      }
    });
    for (const old of before.items) if (!keep.has(old.id)) ctx.db.prepare('DELETE FROM tariff_items WHERE id = ?').run(old.id);
    ctx.db
      .prepare(
        `INSERT INTO tariff_decree (id, number, date, updated_at, updated_by) VALUES (1, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET number = excluded.number, date = excluded.date, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run(input.decreeNumber, input.decreeDate, at, ctx.actor);
    const after = getTariff(ctx.db);
    tx.audit({
      action: 'tariff.update',
      entity: 'settings',
      entityId: 'tariff',
      data: { before: { decreeNumber: before.decreeNumber, decreeDate: before.decreeDate, items: before.items }, after: { decreeNumber: after.decreeNumber, decreeDate: after.decreeDate, items: after.items } },
    });
    tx.emit('settings:changed', { key: 'tariff' });
  });
  return getTariff(ctx.db);
}
