// Klarifikasi hoaks in the core: numbers per year, the crisis clock from Pengaturan, the checklist
// with who and when (audited), its order (publication waits for approval), and full-text search.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/core/db/connection';
import { dataPaths } from '../../../../../electron/core/paths';
import { call, fixedClock, testCore } from '../../../../helpers/core';
import { clarificationInput } from '../../../../helpers/clarificationInput';

const NOW = '2026-12-02T02:00:00Z'; // 10:00 WITA

describe('clarifications', () => {
  it('numbers clarifications per year with the unit code and keeps every field', async () => {
    const core = testCore({ clock: fixedClock(NOW) });
    const a = await call(core, 'clarifications:create', clarificationInput());
    const b = await call(core, 'clarifications:create', clarificationInput({ label: 'MISINFORMASI', title: 'Vaksin kedaluwarsa' }));
    expect(a.number).toBe('001/KLR/PPID/XII/2026');
    expect(b.number).toBe('002/KLR/PPID/XII/2026');
    expect(a).toMatchObject({ label: 'HOAKS', status: 'draf', opd: 'BPBD Kota Samarinda', links: clarificationInput().links, crisis: null });
    expect(a.steps.map((s) => s.step)).toEqual(['verifikasi', 'draf', 'persetujuan', 'publikasi', 'distribusi', 'pemantauan']);
    const bad = await core.handle('clarifications:create', { ...clarificationInput(), label: 'PALSU' });
    expect(bad.ok).toBe(false);
  });

  it('starts the holding-statement clock with the hours set in Pengaturan and stops it when the statement is recorded', async () => {
    const clock = fixedClock(NOW);
    const core = testCore({ clock });
    expect(await call(core, 'clarifications:settings', {})).toEqual({ holdingHours: 2 });
    const c = await call(core, 'clarifications:create', clarificationInput({ crisis: true }));
    expect(c.crisis).toMatchObject({ openedAt: '2026-12-02T02:00:00.000Z', holdingDueAt: '2026-12-02T04:00:00.000Z', minutesLeft: 120 });
    await call(core, 'clarifications:saveSettings', { holdingHours: 3 });
    const d = await call(core, 'clarifications:create', clarificationInput({ title: 'Kedua' }));
    const opened = await call(core, 'clarifications:openCrisis', { id: d.id });
    expect(opened.crisis?.holdingDueAt).toBe('2026-12-02T05:00:00.000Z');

    clock.set('2026-12-02T04:30:00Z');
    const crises = await call(core, 'clarifications:crises', {});
    expect(crises.map((x) => [x.number, x.minutesLeft])).toEqual([
      [c.number, -30],
      [d.number, 30],
    ]);
    const held = await call(core, 'clarifications:holding', { id: c.id, text: 'Pemerintah sedang memverifikasi kabar tersebut bersama BWS Kalimantan IV.' });
    expect(held.crisis).toMatchObject({ holdingIssuedAt: '2026-12-02T04:30:00.000Z', minutesLeft: null });
    const audit = core.handle('clarifications:holding', { id: c.id, text: 'lagi' });
    expect((await audit).ok).toBe(false);
  });

  it('works the checklist in order, records who and when, publishes on publikasi and closes the crisis after the last step', async () => {
    const clock = fixedClock(NOW);
    const core = testCore({ clock });
    const c = await call(core, 'clarifications:create', clarificationInput({ crisis: true }));
    const early = await core.handle('clarifications:step', { id: c.id, step: 'publikasi' });
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.error.message).toContain('Persetujuan pimpinan');
    let d = c;
    for (const [i, step] of (['verifikasi', 'draf', 'persetujuan', 'publikasi', 'distribusi', 'pemantauan'] as const).entries()) {
      clock.set(`2026-12-02T0${2 + i}:10:00Z`);
      d = await call(core, 'clarifications:step', { id: c.id, step, note: `langkah ${step}` });
      expect(d.steps.find((s) => s.step === step)).toEqual({ step, doneBy: 'tester', doneAt: `2026-12-02T0${2 + i}:10:00.000Z`, note: `langkah ${step}` });
      if (step === 'persetujuan') expect(d).toMatchObject({ status: 'disetujui', approvedBy: 'tester' });
      if (step === 'publikasi') expect(d).toMatchObject({ status: 'terbit', publishedAt: '2026-12-02T05:10:00.000Z' });
      if (step !== 'pemantauan') expect(d.crisis?.closedAt).toBeNull();
    }
    expect(d.crisis?.closedAt).toBe('2026-12-02T07:10:00.000Z');
    expect(await call(core, 'clarifications:crises', {})).toEqual([]);
    const again = await core.handle('clarifications:step', { id: c.id, step: 'draf' });
    expect(again.ok).toBe(false);
    const edit = await core.handle('clarifications:update', { id: c.id, ...clarificationInput({ title: 'Ubah' }) });
    expect(edit.ok).toBe(false);
    const db = openDatabase(dataPaths(core.dataDir).db);
    const actions = db.prepare("SELECT action, actor FROM audit_log WHERE entity = 'clarification' ORDER BY seq").all();
    db.close();
    expect(actions).toEqual(
      ['create', 'step.verifikasi', 'step.draf', 'step.persetujuan', 'step.publikasi', 'step.distribusi', 'step.pemantauan'].map((a) => ({ action: `clarification.${a}`, actor: 'tester' })),
    );
  });

  it('finds clarifications and statements by words of their text', async () => {
    const core = testCore({ clock: fixedClock(NOW) });
    const c = await call(core, 'clarifications:create', clarificationInput());
    await call(core, 'clarifications:create', clarificationInput({ title: 'Vaksin kedaluwarsa', claim: 'Vaksin campak di puskesmas sudah kedaluwarsa.', facts: 'Dinas Kesehatan memastikan vaksin masih berlaku.' }));
    const n = await call(core, 'narasi:create', { title: 'Banjir Samarinda', keyMessages: ['Bendungan Benanga aman dan dipantau setiap jam.'], qa: [{ q: 'Apakah perlu mengungsi?', a: 'Tidak, ikuti informasi BPBD.' }], expiresOn: '2026-12-31' });
    expect((await call(core, 'clarifications:list', { search: 'benanga' })).map((x) => x.id)).toEqual([c.id]);
    const hits = await call(core, 'newsroom:search', { query: 'Benanga' });
    expect(hits.map((h) => `${h.kind}:${h.id}`).sort()).toEqual([`clarification:${c.id}`, `narasi:${n.id}`]);
    expect(hits.find((h) => h.kind === 'narasi')?.snippet).toContain('«Benanga»');
    expect(await call(core, 'newsroom:search', { query: '"' })).toEqual([]);
  });
});
