// The release's files: PDF/DOCX on the letterhead, the WhatsApp/plain text, and the distribution
// to journalists of the media directory as one .eml per recipient (PDF attached), zipped.
import type { ReleaseDetail } from '../../../../shared/ipc/channels/releases';
import type { Ctx } from '../../context';
import { mutate } from '../../db/mutate';
import { AppError } from '../../errors';
import { fileSafe, loadRenderers, MIME } from '../../letters/render';
import { journalistById } from '../../media/repo';
import { toJournalistView } from '../../media/service';
import { releaseSpec } from './document';
import { buildEml } from './eml';
import { insertReleaseEvent } from './repo';
import { getReleaseDetail } from './service';
import { releaseText } from './shape';
import { writeZip } from '../../documents/zip';

export type ReleaseFormat = 'pdf' | 'docx' | 'txt';

export const releaseFileName = (r: Pick<ReleaseDetail, 'number'>, ext: string) => `siaran-pers-${fileSafe(r.number)}.${ext}`;

export async function releaseFile(ctx: Ctx, id: number, format: ReleaseFormat): Promise<{ fileName: string; mimeType: string; bytes: Uint8Array }> {
  const r = getReleaseDetail(ctx, id);
  if (format === 'txt') {
    return { fileName: releaseFileName(r, 'txt'), mimeType: 'text/plain; charset=utf-8', bytes: Buffer.from(releaseText(r, { whatsapp: true }), 'utf8') };
  }
  const spec = releaseSpec(ctx, id);
  const { renderPdf, renderDocx } = await loadRenderers();
  const file = format === 'pdf' ? await renderPdf(spec) : await renderDocx(spec);
  return { fileName: releaseFileName(r, format), mimeType: MIME[format], bytes: file.bytes };
}

export async function exportRelease(ctx: Ctx, input: { id: number; format: ReleaseFormat }) {
  const file = await releaseFile(ctx, input.id, input.format);
  return { fileName: file.fileName, mimeType: file.mimeType, dataBase64: Buffer.from(file.bytes).toString('base64') };
}

/** ASCII only: zip tools and mail clients on older Windows garble other names. */
const asciiFileName = (text: string) => fileSafe(text.normalize('NFKD').replace(/[^\x20-\x7e]/g, ''));

export interface EmlFile {
  name: string;
  data: Uint8Array;
}

/**
 * One .eml per journalist with an e-mail address; those without one are listed as skipped.
 * Only approved or published releases leave the office.
 */
export async function releaseEmls(ctx: Ctx, id: number, journalistIds: number[]): Promise<{ files: EmlFile[]; skipped: Array<{ name: string; reason: string }> }> {
  const r = getReleaseDetail(ctx, id);
  if (r.status !== 'approved' && r.status !== 'published') {
    throw new AppError('precondition', `Siaran pers ${r.number} belum disetujui pimpinan; distribusi dibuat sesudah disetujui.`);
  }
  const pdf = await releaseFile(ctx, id, 'pdf');
  const date = ctx.clock.now();
  const body = `${releaseText(r, { whatsapp: false })}\nSiaran pers lengkap terlampir (PDF).\n`;
  const files: EmlFile[] = [];
  const skipped: Array<{ name: string; reason: string }> = [];
  const used = new Set<string>();
  for (const jid of [...new Set(journalistIds)]) {
    const row = journalistById(ctx.db, jid);
    if (!row) {
      skipped.push({ name: `id ${jid}`, reason: 'Wartawan tidak ada di direktori.' });
      continue;
    }
    const j = toJournalistView(ctx.db, row);
    if (!j.email) {
      skipped.push({ name: `${j.name} (${j.outlet.name})`, reason: 'Alamat e-mail belum tercatat di direktori.' });
      continue;
    }
    const eml = buildEml({
      from: { name: `${r.contact.name} (Humas)`, email: r.contact.email },
      to: { name: j.name, email: j.email },
      subject: `Siaran Pers: ${r.title}`,
      date,
      messageIdLocal: `siaran-pers.${r.id}.${j.id}.${date.getTime()}`,
      text: `Yth. ${j.name} (${j.outlet.name}),\n\n${body}`,
      attachment: { fileName: pdf.fileName, mimeType: pdf.mimeType, bytes: pdf.bytes },
    });
    const stem = asciiFileName(`${j.outlet.name}-${j.name}`) || `penerima-${j.id}`;
    let name = `${stem}.eml`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem}-${n}.eml`;
    used.add(name.toLowerCase());
    files.push({ name, data: Buffer.from(eml, 'utf8') });
  }
  if (files.length === 0) throw new AppError('precondition', 'Tidak ada penerima dengan alamat e-mail: lengkapi e-mail wartawan di direktori media.');
  return { files, skipped };
}

/** Records who the release was prepared for (timeline + audit); the mail client sends it. */
export function recordDistribution(ctx: Ctx, id: number, files: EmlFile[], skipped: number): void {
  mutate(ctx, (tx) => {
    insertReleaseEvent(tx.db, id, { at: tx.at, actor: tx.actor, action: 'distributed', from_status: null, to_status: null, note: `${files.length} berkas .eml disiapkan${skipped ? `, ${skipped} dilewati` : ''}` });
    tx.audit({ action: 'release.distribute', entity: 'press_release', entityId: String(id), data: { files: files.map((f) => f.name), skipped } });
    tx.emit('newsroom:changed', { kind: 'release', id });
  });
}

export async function distributeRelease(ctx: Ctx, input: { id: number; journalistIds: number[]; packaging: 'zip' | 'files' }) {
  const { files, skipped } = await releaseEmls(ctx, input.id, input.journalistIds);
  recordDistribution(ctx, input.id, files, skipped.length);
  const r = getReleaseDetail(ctx, input.id);
  return {
    fileName: `distribusi-${fileSafe(r.number)}.zip`,
    mimeType: 'application/zip',
    dataBase64: input.packaging === 'zip' ? writeZip(files, ctx.clock.now()).toString('base64') : '',
    count: files.length,
    skipped,
    files: input.packaging === 'files' ? files.map((f) => ({ name: f.name, dataBase64: Buffer.from(f.data).toString('base64') })) : [],
  };
}
