// Indonesian number formatting, the narrative's paragraphs and placeholder, and the tables'
// totals adding up to the figures they come from.
import { narrativeBlocks } from '../../../../../electron/core/reports/document/blocks';
import { angka, desimal, hariKerja, persen } from '../../../../../electron/core/reports/document/format';
import { reportTables } from '../../../../../electron/core/reports/document/tables';
import { REFUSAL_REASON_KEYS } from '../../../../../shared/ipc/channels/reports';
import { buildFigures } from './figures';

describe('report formatting', () => {
  it('groups thousands with dots and writes decimals with a comma', () => {
    expect(angka(0)).toBe('0');
    expect(angka(999)).toBe('999');
    expect(angka(1234)).toBe('1.234');
    expect(angka(100000)).toBe('100.000');
    expect(angka(1234567)).toBe('1.234.567');
    expect(desimal(4.5)).toBe('4,5');
    expect(desimal(4)).toBe('4');
    expect(desimal(4, 1, true)).toBe('4,0');
    expect(desimal(1234.56)).toBe('1.234,6');
    expect(desimal(0.04)).toBe('0');
    expect(hariKerja(4.5)).toBe('4,5 hari kerja');
    expect(hariKerja(null)).toBe('–');
    expect(persen(1, 3)).toBe('33,3%');
    expect(persen(3, 3)).toBe('100,0%');
    expect(persen(1, 0)).toBe('–');
  });

  it('splits the narrative at blank lines, keeps line breaks, and shows a placeholder when empty', () => {
    expect(narrativeBlocks('')).toEqual([{ type: 'paragraph', runs: [{ text: 'Belum diisi.', italic: true }], align: 'left' }]);
    expect(narrativeBlocks('  \n\n \t')).toHaveLength(1);
    const blocks = narrativeBlocks('Satu.\r\n\r\nDua\n- a\n- b\n\n\n');
    expect(blocks.map((b) => (b.type === 'paragraph' ? b.runs[0]!.text : ''))).toEqual(['Satu.', 'Dua\n- a\n- b']);
    expect(blocks[1]).toMatchObject({ align: 'left' });
  });

  it('builds tables whose totals match the figures', () => {
    const f = buildFigures();
    const t = reportTables(f);
    const last = (rows: unknown[][]) => rows[rows.length - 1]!;
    expect(last(t.byMonth.rows)[1]).toBe(f.requests.received);
    expect(t.byMonth.rows).toHaveLength(13);
    expect(last(t.byChannel.rows)[1]).toBe(f.requests.received);
    expect(t.byChannel.rows.slice(0, -1).reduce((s, r) => s + (r[1] as number), 0)).toBe(f.requests.received);
    expect(last(t.refusalReasons.rows)[1]).toBe(REFUSAL_REASON_KEYS.reduce((s, k) => s + f.requests.refusal_reasons[k], 0));
    expect(t.refusalReasons.rows.find((r) => String(r[0]).startsWith('Pasal 17 huruf h'))![1]).toBe(f.requests.refusal_reasons.ps17_h);
    expect(last(t.decisions.rows)[2]).toBe(1);
    expect(t.summary.valueKinds?.[5]).toBe('days');
  });
});
