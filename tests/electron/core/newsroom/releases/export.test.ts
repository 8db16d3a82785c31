// The release's files read back as a reader's tools see them: the PDF (qpdf --check, fonts
// embedded, pdftotext, OCR), the DOCX (mammoth), the WhatsApp text, and each .eml of a
// distribution parsed by Python's standard e-mail parser (an independent RFC 5322/MIME reader).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../../electron/core';
import { call, fixedClock, testCore, validProfile } from '../../../../helpers/core';
import { docxText } from '../../../../helpers/exportedFiles';
import { releaseInput } from '../../../../helpers/releaseInput';
import { tempDir } from '../../../../helpers/tempDir';
import { ocrRecall, pdfFonts, pdfText, run, zipEntries } from '../../documents/tools';

async function approvedRelease(core: Core) {
  await call(core, 'settings:saveProfile', validProfile);
  const r = await call(core, 'releases:create', releaseInput());
  await call(core, 'releases:transition', { id: r.id, to: 'review' });
  return call(core, 'releases:transition', { id: r.id, to: 'approved' });
}

const PARTS = [
  'SIARAN PERS',
  'Nomor: 001/SP/PPID/XII/2026',
  'Pemprov Kaltim Percepat Perbaikan Jalan Samarinda–Bontang',
  'Samarinda, 3 Desember 2026 – Pemerintah Provinsi Kalimantan Timur memulai perbaikan',
  'Pengendara diminta mengikuti rambu pengalihan arus.',
  '“Kami pastikan jalur tetap bisa dilalui selama pekerjaan berlangsung,” kata Ir. Andi Saputra, Kepala Dinas PUPR Provinsi Kalimantan Timur.',
  '###',
  'Rahmat Hidayat',
  '0812-5555-0101',
  'humas@kaltimprov.go.id',
];

describe('press release files', () => {
  it('prints the standard shape on the letterhead as PDF and DOCX', async () => {
    const core = testCore({ clock: fixedClock('2026-12-03T01:00:00Z') });
    const r = await approvedRelease(core);
    const pdf = await call(core, 'releases:export', { id: r.id, format: 'pdf' });
    expect(pdf).toMatchObject({ fileName: 'siaran-pers-001-SP-PPID-XII-2026.pdf', mimeType: 'application/pdf' });
    const dir = tempDir();
    const file = path.join(dir, pdf.fileName);
    fs.writeFileSync(file, Buffer.from(pdf.dataBase64, 'base64'));
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font.embedded, font.name).toBe(true);
    const text = pdfText(file).replace(/\s+/g, ' ');
    for (const part of [...PARTS, validProfile.instansiLines[1]!]) expect(text, part).toContain(part);
    expect(text).not.toContain('DRAF');
    expect(ocrRecall(file, 1, dir).recall).toBeGreaterThanOrEqual(0.8);

    const docx = await call(core, 'releases:export', { id: r.id, format: 'docx' });
    const words = await docxText(docx.dataBase64);
    for (const part of PARTS) expect(words, part).toContain(part);
  });

  it('marks a draft as not approved, and needs the office profile', async () => {
    const core = testCore({ clock: fixedClock('2026-12-03T01:00:00Z') });
    const r = await call(core, 'releases:create', releaseInput());
    const refused = await core.handle('releases:export', { id: r.id, format: 'pdf' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'precondition' } });
    expect(JSON.stringify(refused)).toContain('Profil kantor belum lengkap');
    await call(core, 'settings:saveProfile', validProfile);
    const docx = await call(core, 'releases:export', { id: r.id, format: 'docx' });
    expect(await docxText(docx.dataBase64)).toContain('DRAF – belum disetujui pimpinan');
  });

  it('writes the WhatsApp text with a *bold* title and no other markup', async () => {
    const core = testCore({ clock: fixedClock('2026-12-03T01:00:00Z') });
    const r = await approvedRelease(core);
    const txt = await call(core, 'releases:export', { id: r.id, format: 'txt' });
    const text = Buffer.from(txt.dataBase64, 'base64').toString('utf8');
    expect(txt.fileName).toBe('siaran-pers-001-SP-PPID-XII-2026.txt');
    expect(text.split('\n\n').slice(0, 3)).toEqual([
      'SIARAN PERS 001/SP/PPID/XII/2026',
      '*Pemprov Kaltim Percepat Perbaikan Jalan Samarinda–Bontang*',
      `Samarinda, 3 Desember 2026 – ${releaseInput().lead}`,
    ]);
    expect(text.match(/\*/g)).toHaveLength(2);
    expect(text).not.toMatch(/[<>_~`]/);
    expect(text).toContain('\n\n###\n\nNarahubung: Rahmat Hidayat\nTelepon: 0812-5555-0101\nE-mail: humas@kaltimprov.go.id\n');
  });

  it('distributes one .eml per chosen journalist with the PDF attached, skipping those without e-mail', async () => {
    const core = testCore({ clock: fixedClock('2026-12-03T01:00:00Z') });
    const draft = await call(core, 'releases:create', releaseInput());
    const withMail = await call(core, 'media:saveJournalist', { name: 'Rina Ayu Pratiwi', outlet: 'Kaltim Post', outletType: 'cetak', email: 'rina@kaltimpost.id' });
    const noMail = await call(core, 'media:saveJournalist', { name: 'Budi', outlet: 'Tribun Kaltim', phone: '0813-1111-2222' });
    const ids = [withMail.journalist.id, noMail.journalist.id];
    expect(await core.handle('releases:distribute', { id: draft.id, journalistIds: ids })).toMatchObject({ ok: false, error: { code: 'precondition' } });

    await call(core, 'settings:saveProfile', validProfile);
    const second = await call(core, 'media:saveJournalist', { name: 'Ṡiti Nur‘aini', outlet: 'Kaltim Post', email: 'siti@kaltimpost.id' });
    const r = await approvedRelease(core);
    const out = await call(core, 'releases:distribute', { id: r.id, journalistIds: [...ids, second.journalist.id] });
    expect(out).toMatchObject({ fileName: 'distribusi-002-SP-PPID-XII-2026.zip', count: 2, skipped: [{ name: 'Budi (Tribun Kaltim)' }] });
    const dir = tempDir();
    const zip = path.join(dir, out.fileName);
    fs.writeFileSync(zip, Buffer.from(out.dataBase64, 'base64'));
    expect(run('unzip', ['-tq', zip])).toContain('No errors');
    const entries = zipEntries(zip);
    expect(entries).toEqual(['Kaltim-Post-Rina-Ayu-Pratiwi.eml', 'Kaltim-Post-Siti-Nuraini.eml']);
    run('unzip', ['-q', zip, '-d', dir]);

    const parse = (file: string) =>
      JSON.parse(
        execFileSync('python3', ['-c', PY, file], { encoding: 'utf8' }),
      ) as { subject: string; to: string; from: string; date: string; unsent: string; text: string; parts: string[]; attachment: { name: string; size: number; head: string }; defects: number; longest: number };
    const rina = parse(path.join(dir, entries[0]!));
    expect(rina).toMatchObject({
      subject: 'Siaran Pers: Pemprov Kaltim Percepat Perbaikan Jalan Samarinda–Bontang',
      to: 'Rina Ayu Pratiwi <rina@kaltimpost.id>',
      from: '"Rahmat Hidayat (Humas)" <humas@kaltimprov.go.id>',
      date: 'Thu, 03 Dec 2026 01:00:00 +0000',
      unsent: '1',
      parts: ['multipart/mixed', 'text/plain', 'application/pdf'],
      attachment: { name: 'siaran-pers-002-SP-PPID-XII-2026.pdf', head: '%PDF-' },
      defects: 0,
    });
    expect(rina.longest).toBeLessThanOrEqual(78);
    expect(rina.text).toContain('Yth. Rina Ayu Pratiwi (Kaltim Post),');
    expect(rina.text).toContain('Samarinda, 3 Desember 2026 –');
    const pdf = await call(core, 'releases:export', { id: r.id, format: 'pdf' });
    expect(rina.attachment.size).toBe(Buffer.from(pdf.dataBase64, 'base64').length);
    expect(parse(path.join(dir, entries[1]!)).to).toBe('Ṡiti Nur‘aini <siti@kaltimpost.id>');

    const detail = await call(core, 'releases:get', { id: r.id });
    expect(detail.events.at(-1)).toMatchObject({ action: 'distributed', note: '2 berkas .eml disiapkan, 1 dilewati' });
  });
});

const PY = `
import email, json, sys
from email import policy
raw = open(sys.argv[1], 'rb').read()
msg = email.message_from_bytes(raw, policy=policy.default)
att = next(p for p in msg.iter_attachments())
data = att.get_content()
defects = len(msg.defects) + sum(len(p.defects) for p in msg.walk())
print(json.dumps({
  'subject': str(msg['subject']), 'to': str(msg['to']), 'from': str(msg['from']), 'date': str(msg['date']),
  'unsent': str(msg['x-unsent']), 'text': msg.get_body(('plain',)).get_content(),
  'parts': [p.get_content_type() for p in msg.walk()],
  'attachment': {'name': att.get_filename(), 'size': len(data), 'head': data[:5].decode('latin-1')},
  'defects': defects, 'longest': max(len(l) for l in raw.split(b'\\r\\n')),
}))
`;

describe('a siaran pers among the newsroom documents', () => {
  it('exports by its number through newsroom:export (ppid-desk export) and is found by the newsroom search', async () => {
    const core = testCore({ clock: fixedClock('2026-12-03T02:00:00Z') });
    const release = await approvedRelease(core);
    const pdf = await call(core, 'newsroom:export', { number: release.number, format: 'pdf' });
    expect(pdf).toMatchObject({ kind: 'release', number: '001/SP/PPID/XII/2026', mimeType: 'application/pdf' });
    expect(pdfText(writeTemp(pdf.dataBase64, 'sp.pdf'))).toContain('Pemprov Kaltim Percepat Perbaikan Jalan');
    // A release has no social card.
    const png = await core.handle('newsroom:export', { number: release.number, format: 'png' });
    expect(png).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'siaran pers 001/SP/PPID/XII/2026 tidak tersedia sebagai png; pilih pdf, docx.' } });

    const hits = await call(core, 'newsroom:search', { query: 'rambu pengalihan' });
    expect(hits).toEqual([expect.objectContaining({ kind: 'release', id: release.id, number: '001/SP/PPID/XII/2026' })]);
    expect(hits[0]!.snippet).toContain('«rambu»');
  });
});

function writeTemp(dataBase64: string, name: string): string {
  const file = path.join(tempDir('ppid-sp-'), name);
  fs.writeFileSync(file, Buffer.from(dataBase64, 'base64'));
  return file;
}
