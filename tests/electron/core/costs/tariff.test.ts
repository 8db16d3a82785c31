// The tariff in Pengaturan (Perki 1/2010 Ps 27-28) and the cost a request is charged from it:
// quantities priced with the tariff in force, the lines frozen on the request, audited changes.
import { describe, expect, it } from 'vitest';
import { call, testCore } from '../../../helpers/core';
import { auditRows, requestInput } from '../../../helpers/requests';

type Item = { kind: 'halaman' | 'media' | 'lainnya'; label: string; unit: string; priceRp: number };
const PAGE: Item = { kind: 'halaman', label: 'Fotokopi/cetak A4', unit: 'lembar', priceRp: 500 };
const CD: Item = { kind: 'media', label: 'CD-R', unit: 'keping', priceRp: 5000 };
const TARIFF: { decreeNumber: string; decreeDate: string; items: Item[] } = {
  decreeNumber: '188.4/45/PPID/2026',
  decreeDate: '2026-01-05',
  items: [
    PAGE,
    { kind: 'media', label: 'Flashdisk 8 GB', unit: 'buah', priceRp: 75000 },
    CD,
  ],
};

describe('tariff', () => {
  it('is saved with its decree, audited, and keeps item ids across saves', async () => {
    const core = testCore();
    expect(await call(core, 'tariff:get', {})).toEqual({ decreeNumber: '', decreeDate: null, items: [], updatedAt: null, version: 0 });
    const saved = await call(core, 'tariff:save', TARIFF);
    expect(saved).toMatchObject({ decreeNumber: TARIFF.decreeNumber, decreeDate: '2026-01-05', items: TARIFF.items.map((i) => expect.objectContaining(i)) });
    const cdId = saved.items[2]!.id;
    const again = await call(core, 'tariff:save', { ...TARIFF, items: [{ ...CD, priceRp: 6000 }, PAGE] });
    expect(again.items.map((i) => [i.id, i.label, i.priceRp])).toEqual([
      [cdId, 'CD-R', 6000],
      [saved.items[0]!.id, 'Fotokopi/cetak A4', 500],
    ]);
    const audits = auditRows(core).filter((a) => a.action === 'tariff.update');
    expect(audits).toHaveLength(2);
    expect(JSON.parse(audits[1]!.data)).toMatchObject({ before: { items: expect.arrayContaining([expect.objectContaining({ label: 'Flashdisk 8 GB' })]) }, after: { items: [expect.objectContaining({ label: 'CD-R', priceRp: 6000 }), expect.objectContaining({ label: 'Fotokopi/cetak A4' })] } });
    expect(await core.handle('tariff:save', { ...TARIFF, items: [{ ...PAGE, priceRp: -1 }] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('prices the quantities on the answer, keeps the lines after a tariff change, and takes an entered amount instead', async () => {
    const core = testCore();
    const tariff = await call(core, 'tariff:save', TARIFF);
    const [page, flash] = tariff.items;
    const { id } = await call(core, 'requests:create', requestInput());
    await call(core, 'requests:transition', { id, to: 'in_process' });
    const answered = await call(core, 'requests:transition', {
      id,
      to: 'answered',
      decision: 'diterima_seluruhnya',
      heldStatus: 'dikuasai',
      costItems: [
        { tariffId: page!.id, quantity: 25 },
        { tariffId: flash!.id, quantity: 1 },
      ],
      paymentMethod: 'QRIS',
    });
    expect(answered.costRp).toBe(25 * 500 + 75000);
    expect(answered.paymentMethod).toBe('qris');
    expect(answered.costItems).toEqual([
      { tariffId: page!.id, label: 'Fotokopi/cetak A4', unit: 'lembar', priceRp: 500, quantity: 25, subtotalRp: 12500 },
      { tariffId: flash!.id, label: 'Flashdisk 8 GB', unit: 'buah', priceRp: 75000, quantity: 1, subtotalRp: 75000 },
    ]);
    await call(core, 'tariff:save', { ...TARIFF, items: [{ ...PAGE, priceRp: 1000 }] });
    expect((await call(core, 'requests:get', { id })).costItems[0]!.priceRp).toBe(500);

    const unknown = await core.handle('requests:transition', { id, to: 'done', costItems: [{ tariffId: flash!.id, quantity: 2 }] });
    expect(unknown).toMatchObject({ ok: false, error: { message: expect.stringContaining('Tarif biaya') } });
    expect(await core.handle('requests:transition', { id, to: 'done', paymentMethod: 'cek' })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('tunai, transfer bank, QRIS, lainnya') } });
    const done = await call(core, 'requests:transition', { id, to: 'done', costRp: 20000, paymentMethod: 'transfer bank' });
    expect(done).toMatchObject({ costRp: 20000, costItems: [], paymentMethod: 'transfer_bank' });
  });
});
