// Paket narasi: the office's key messages and Q&A (versioned, with an expiry, approved by the
// leadership) and the statement library that also holds paket imported from other offices after
// their signature was checked. Every change is audited in its own transaction.
import { localDateOf } from '../../../../shared/domain/requests/instant';
import type { ParsedInput } from '../../../../shared/ipc/contract';
import type { NarasiDetail, OfficeKeyView } from '../../../../shared/ipc/channels/narasi';
import { officeClock } from '../../calendar/clocks';
import { nowIso, type Ctx } from '../../context';
import { mutate } from '../../db/mutate';
import { AppError, notFound } from '../../errors';
import { toMatchExpression } from '../../db/fts';
import { getProfile } from '../../settings/service';
import { fileSafe } from '../../letters/render';
import { signBundle, verifyBundle, type BundlePayload } from './bundle';
import { groupFingerprint, officeKey } from './officeKey';
import * as repo from './repo';

const today = (ctx: Ctx) => localDateOf(ctx.clock.now().getTime(), officeClock(ctx).zone);

function detail(row: repo.NarasiRow, todayLocal: string): NarasiDetail {
  return {
    id: row.id,
    title: row.title,
    topic: row.topic,
    version: row.version,
    keyMessages: JSON.parse(row.key_messages) as string[],
    qa: JSON.parse(row.qa) as Array<{ q: string; a: string }>,
    expiresOn: row.expires_on,
    expired: row.expires_on < todayLocal,
    approvedBy: row.approved_by,
    approvedOn: row.approved_on,
    origin: row.origin,
    originOffice: row.origin_office,
    signerFingerprint: row.signer_fingerprint,
    updatedAt: row.updated_at,
  };
}

function requireRow(ctx: Ctx, id: number): repo.NarasiRow {
  const row = repo.getNarasiRow(ctx.db, id);
  if (!row) throw notFound(`Paket narasi dengan id ${id} tidak ditemukan.`);
  return row;
}

export const getNarasi = (ctx: Ctx, id: number): NarasiDetail => detail(requireRow(ctx, id), today(ctx));

const contentOf = (i: ParsedInput<'narasi:create'>): repo.NarasiContent => ({ title: i.title, topic: i.topic, keyMessages: i.keyMessages, qa: i.qa, expiresOn: i.expiresOn });

export function createNarasi(ctx: Ctx, input: ParsedInput<'narasi:create'>): NarasiDetail {
  const id = mutate(ctx, (tx) => {
    const newId = repo.insertNarasi(tx.db, { ...contentOf(input), version: 1, approvedBy: null, approvedOn: null, origin: 'lokal', originOffice: '', signer: null, bundleSha: null, at: tx.at });
    tx.audit({ action: 'narasi.create', entity: 'narasi', entityId: String(newId), data: { title: input.title, expiresOn: input.expiresOn } });
    tx.emit('newsroom:changed', { kind: 'narasi', id: newId });
    return newId;
  });
  return getNarasi(ctx, id);
}

export function updateNarasi(ctx: Ctx, input: ParsedInput<'narasi:update'>): NarasiDetail {
  mutate(ctx, (tx) => {
    const row = requireRow(ctx, input.id);
    if (row.origin === 'impor') throw new AppError('precondition', `Paket "${row.title}" diimpor dari ${row.origin_office}; isinya tidak diubah di sini. Minta versi baru dari kantor pengirim.`);
    // A changed approved paket is a new version, to be approved again.
    const version = row.approved_by === null ? row.version : row.version + 1;
    repo.updateNarasi(tx.db, row.id, contentOf(input), version, tx.at);
    tx.audit({ action: 'narasi.update', entity: 'narasi', entityId: String(row.id), data: { title: input.title, version } });
    tx.emit('newsroom:changed', { kind: 'narasi', id: input.id });
  });
  return getNarasi(ctx, input.id);
}

export function approveNarasi(ctx: Ctx, input: ParsedInput<'narasi:approve'>): NarasiDetail {
  mutate(ctx, (tx) => {
    const row = requireRow(ctx, input.id);
    if (row.origin === 'impor') throw new AppError('precondition', 'Paket yang diimpor sudah disetujui kantor pengirimnya.');
    if (row.approved_by !== null) throw new AppError('conflict', `Paket "${row.title}" versi ${row.version} sudah disetujui oleh ${row.approved_by}.`);
    const by = input.approvedBy || tx.actor;
    repo.approveNarasi(tx.db, row.id, by, today(ctx), tx.at);
    tx.audit({ action: 'narasi.approve', entity: 'narasi', entityId: String(row.id), data: { version: row.version, approvedBy: by } });
    tx.emit('newsroom:changed', { kind: 'narasi', id: input.id });
  });
  return getNarasi(ctx, input.id);
}

export function listNarasi(ctx: Ctx, input: ParsedInput<'narasi:list'>): NarasiDetail[] {
  const match = input.search ? toMatchExpression(input.search) : null;
  if (input.search && match === null) return [];
  const t = today(ctx);
  return repo.listNarasi(ctx.db, match).map((row) => detail(row, t));
}

export function officeKeyView(ctx: Ctx): OfficeKeyView {
  const key = officeKey(ctx);
  return { fingerprint: key.fingerprint, grouped: groupFingerprint(key.fingerprint), publicKey: key.publicKeyRaw.toString('base64'), createdAt: key.createdAt };
}

export function exportBundle(ctx: Ctx, input: ParsedInput<'narasi:exportBundle'>) {
  const row = requireRow(ctx, input.id);
  if (row.origin === 'impor') throw new AppError('precondition', `Paket "${row.title}" diimpor dari ${row.origin_office}; hanya paket kantor ini yang ditandatangani dan dikirim.`);
  if (row.approved_by === null || row.approved_on === null) throw new AppError('precondition', `Paket "${row.title}" versi ${row.version} belum disetujui; setujui dulu sebelum dikirim.`);
  const d = detail(row, today(ctx));
  if (d.expired) throw new AppError('precondition', `Paket "${row.title}" sudah kedaluwarsa (berlaku sampai ${row.expires_on}); perbarui masa berlakunya sebagai versi baru.`);
  const profile = getProfile(ctx);
  const payload: BundlePayload = {
    format: 'ppid-desk/paket-narasi',
    version: 1,
    office: profile?.instansiLines.at(-1) || profile?.unit || 'PPID',
    exportedAt: nowIso(ctx),
    paket: { title: d.title, topic: d.topic, version: d.version, keyMessages: d.keyMessages, qa: d.qa, expiresOn: d.expiresOn, approvedBy: row.approved_by, approvedOn: row.approved_on },
  };
  const key = officeKey(ctx);
  const text = signBundle(payload, key);
  mutate(ctx, (tx) => {
    tx.audit({ action: 'narasi.bundle.export', entity: 'narasi', entityId: String(row.id), data: { version: row.version, fingerprint: key.fingerprint } });
  });
  return {
    fileName: `paket-narasi-${fileSafe(d.title.toLowerCase()).slice(0, 60)}-v${d.version}.json`,
    mimeType: 'application/json',
    dataBase64: Buffer.from(text, 'utf8').toString('base64'),
    fingerprint: key.fingerprint,
  };
}

export function importBundle(ctx: Ctx, input: ParsedInput<'narasi:importBundle'>) {
  const own = officeKey(ctx).fingerprint;
  const bytes = Buffer.from(input.dataBase64, 'base64');
  const verified = verifyBundle(bytes, (fp) => fp === own || fp === input.trust || repo.isTrustedKey(ctx.db, fp));
  if (input.trust !== undefined && input.trust !== verified.fingerprint) {
    throw new AppError(
      'precondition',
      `Bundel paket narasi ditolak: sidik jari --trust (${groupFingerprint(input.trust)}) bukan sidik jari penanda tangan bundel ini (${groupFingerprint(verified.fingerprint)}). Tidak ada yang diimpor.`,
    );
  }
  const p = verified.payload;
  const id = mutate(ctx, (tx) => {
    const existing = repo.narasiByBundle(tx.db, verified.sha256);
    if (existing) throw new AppError('conflict', `Bundel ini sudah diimpor sebelumnya: "${existing.title}" versi ${existing.version} (id ${existing.id}).`);
    if (input.trust !== undefined && input.trust !== own && repo.addTrustedKey(tx.db, input.trust, p.office, tx.actor, tx.at)) {
      tx.audit({ action: 'narasi.key.trust', entity: 'trusted_key', entityId: input.trust, data: { label: p.office } });
    }
    const newId = repo.insertNarasi(tx.db, {
      title: p.paket.title,
      topic: p.paket.topic,
      keyMessages: p.paket.keyMessages,
      qa: p.paket.qa,
      expiresOn: p.paket.expiresOn,
      version: p.paket.version,
      approvedBy: p.paket.approvedBy,
      approvedOn: p.paket.approvedOn,
      origin: 'impor',
      originOffice: p.office,
      signer: verified.fingerprint,
      bundleSha: verified.sha256,
      at: tx.at,
    });
    tx.audit({
      action: 'narasi.bundle.import',
      entity: 'narasi',
      entityId: String(newId),
      data: { title: p.paket.title, version: p.paket.version, office: p.office, fingerprint: verified.fingerprint, sha256: verified.sha256 },
    });
    tx.emit('newsroom:changed', { kind: 'narasi', id: newId });
    return newId;
  });
  const d = getNarasi(ctx, id);
  return { id, title: d.title, version: d.version, originOffice: d.originOffice, fingerprint: verified.fingerprint, expired: d.expired };
}

export function listTrustedKeys(ctx: Ctx) {
  return repo.trustedKeys(ctx.db).map((k) => ({ fingerprint: k.fingerprint, grouped: groupFingerprint(k.fingerprint), label: k.label, addedBy: k.added_by, addedAt: k.added_at }));
}

export function trustKey(ctx: Ctx, input: ParsedInput<'narasi:trustKey'>) {
  mutate(ctx, (tx) => {
    if (repo.addTrustedKey(tx.db, input.fingerprint, input.label, tx.actor, tx.at)) {
      tx.audit({ action: 'narasi.key.trust', entity: 'trusted_key', entityId: input.fingerprint, data: { label: input.label } });
    }
  });
  return listTrustedKeys(ctx);
}
