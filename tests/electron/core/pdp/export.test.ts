// pdp:export: a requester's copy of everything the archive holds about them (UU 27/2022 Ps 7, 32),
// found by NIK or from one of their requests; JSON complete, PDF printable; audited.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../../helpers/core';
import { auditRows } from '../../../helpers/requests';
import { requestInput } from '../../../helpers/requestInput';
import { tempDir } from '../../../helpers/tempDir';
import { BONIFASIUS, buildScenario, YOHANES, ZULAIKHA } from './scenario';

interface Exported {
  kind: string;
  basis: string;
  requesters: Array<{ name: string; idNumber: string; address: string }>;
  requests: Array<{ number: string; status: string; decision: string | null }>;
  objections: Array<{ number: string; proxyName: string }>;
  disputes: Array<{ kiRegisterNumber: string; outcome: string }>;
  letters: Array<{ type: string; number: string }>;
  events: Array<{ requestNumber: string; action: string }>;
  audit: Array<{ action: string; entity: string; entityId: string }>;
}

const decode = (base64: string) => Buffer.from(base64, 'base64');

describe('pdp:export', () => {
  it('gives every record of the person found by NIK as JSON, across their requests', async () => {
    const { core, clock, ids } = await buildScenario();
    // The same person came back in 2025 with a second request (a new requester row, same NIK).
    clock.set('2025-05-05T03:00:00Z');
    const again = await call(core, 'requests:create', requestInput({ receivedAt: '2025-05-05T10:00:00+08:00', requester: { ...BONIFASIUS, address: 'Jl. Baru No. 1, Balikpapan' } }));
    const out = await call(core, 'pdp:export', { nik: '6471 0205 0585 0002', format: 'json' });
    expect(out).toMatchObject({ mime: 'application/json', filename: 'data-pribadi-002-PPID-III-2024.json' });
    const doc = JSON.parse(decode(out.base64).toString('utf8')) as Exported;
    expect(doc.kind).toBe('ppid-desk/data-pribadi-pemohon');
    expect(doc.basis).toMatch(/UU 27\/2022 Pasal 7/);
    expect(doc.requesters.map((q) => [q.name, q.idNumber, q.address])).toEqual([
      [BONIFASIUS.name, BONIFASIUS.idNumber, BONIFASIUS.address],
      [BONIFASIUS.name, BONIFASIUS.idNumber, 'Jl. Baru No. 1, Balikpapan'],
    ]);
    expect(doc.requests.map((r) => [r.number, r.status, r.decision])).toEqual([
      ['002/PPID/III/2024', 'done', 'ditolak'],
      [again.number, 'registered', null],
    ]);
    expect(doc.objections).toMatchObject([{ number: '001/KEB/PPID/III/2024', proxyName: BONIFASIUS.proxyName }]);
    expect(doc.disputes).toMatchObject([{ kiRegisterNumber: '007/REG-PSI/IV/2024', outcome: 'Permohonan ditolak; informasi dikecualikan.' }]);
    expect(doc.letters.map((l) => l.type)).toEqual(['tanda-bukti', 'penolakan', 'keberatan-tanda-bukti']);
    expect(doc.events.map((e) => e.action)).toEqual(expect.arrayContaining(['created', 'status', 'letter_issued', 'objection_created', 'objection_decided', 'dispute_created']));
    // The record of processing: the audit entries about their requests, objection, dispute and letters.
    expect(new Set(doc.audit.map((a) => a.entity))).toEqual(new Set(['request', 'objection', 'dispute', 'letter']));
    expect(doc.audit.map((a) => a.action)).toEqual(expect.arrayContaining(['request.create', 'objection.create', 'dispute.create', 'letter.issue']));
    // Nobody else's data.
    const text = decode(out.base64).toString('utf8');
    for (const other of [ZULAIKHA.name, ZULAIKHA.idNumber, YOHANES.name]) expect(text).not.toContain(other);
    expect(ids.bonifasius).toBe(2);
    expect(out.counts).toEqual({ requesters: 2, requests: 2, objections: 1, disputes: 1, letters: 3, events: doc.events.length, auditEntries: doc.audit.length });
  });

  it('from a request pane (requester id) finds the same person, and is audited without the NIK', async () => {
    const { core, ids } = await buildScenario();
    const { requester } = await call(core, 'requests:get', { id: ids.zulaikha });
    const out = await call(core, 'pdp:export', { requesterId: requester.id, format: 'json' });
    const doc = JSON.parse(decode(out.base64).toString('utf8')) as Exported;
    expect(doc.requests.map((r) => r.number)).toEqual(['001/PPID/III/2024']);
    const audit = auditRows(core).filter((r) => r.action === 'pdp.export');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity: 'requester', entity_id: String(requester.id) });
    expect(JSON.parse(audit[0]!.data)).toMatchObject({ by: 'requester', format: 'json', requestIds: [ids.zulaikha] });
    expect(audit[0]!.data).not.toContain(ZULAIKHA.idNumber);
    const timeline = await call(core, 'requests:timeline', { id: ids.zulaikha });
    expect(timeline.at(-1)).toMatchObject({ action: 'pdp_exported', note: expect.stringMatching(/hak akses subjek data \(UU 27\/2022 Pasal 7\)/) as string });
    // A second export lists the first among the audit entries about the person.
    const second = JSON.parse(decode((await call(core, 'pdp:export', { requesterId: requester.id, format: 'json' })).base64).toString('utf8')) as Exported;
    expect(second.audit.map((a) => a.action)).toContain('pdp.export');
  });

  it('writes a PDF on the letterhead with the identity, the cases and the audit trail', async () => {
    const { core } = await buildScenario();
    const out = await call(core, 'pdp:export', { nik: BONIFASIUS.idNumber, format: 'pdf' });
    expect(out.mime).toBe('application/pdf');
    const file = path.join(tempDir(), 'data.pdf');
    fs.writeFileSync(file, decode(out.base64));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of [
      'DINAS KOMUNIKASI DAN INFORMATIKA',
      'DATA PRIBADI PEMOHON INFORMASI PUBLIK',
      BONIFASIUS.name,
      BONIFASIUS.idNumber,
      '002/PPID/III/2024',
      '001/KEB/PPID/III/2024',
      '007/REG-PSI/IV/2024',
      'Log audit',
      'request.create',
    ]) {
      expect(text).toContain(expected);
    }
  }, 30_000);

  it('answers a NIK nobody has, a bad NIK, and a missing or double key with a clear message', async () => {
    const { core } = await buildScenario();
    expect(await core.handle('pdp:export', { nik: '6472010101990009', format: 'json' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'Tidak ada pemohon dengan NIK ************0009 di arsip ini (atau datanya sudah dianonimkan).' },
    });
    expect(await core.handle('pdp:export', { nik: '1234', format: 'json' })).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'nik' }] } });
    expect(await core.handle('pdp:export', { format: 'pdf' })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/Sebutkan salah satu/) as string } });
    expect(await core.handle('pdp:export', { nik: BONIFASIUS.idNumber, requesterId: 1, format: 'json' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await core.handle('pdp:export', { requesterId: 99, format: 'json' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(auditRows(core).filter((r) => r.action === 'pdp.export')).toEqual([]);
  });
});
