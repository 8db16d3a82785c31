// Siaran pers: drafting, numbering, the approval flow and the published links. Every change is
// audited in its transaction and written to the release's own timeline with who and when.
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import { normalizeName } from '../../../../shared/domain/inquiries/normalize';
import { isReleaseEditable, releaseMoveProblem, RELEASE_STATUS_LABEL, type ReleaseStatus } from '../../../../shared/domain/newsroom/releases';
import type { ParsedInput } from '../../../../shared/ipc/contract';
import type { ReleaseDetail, ReleaseSummary } from '../../../../shared/ipc/channels/releases';
import { officeClock, todayLocal } from '../../calendar/clocks';
import type { Ctx } from '../../context';
import { mutate, type Tx } from '../../db/mutate';
import { AppError, isUniqueViolation, notFound } from '../../errors';
import { recordClientKey } from '../../idempotency/keys';
import { toMatchExpression } from '../../db/fts';
import { outletByKey } from '../../media/repo';
import { nextReleaseNumber } from '../../numbering/releases';
import { getProfile } from '../../settings/service';
import {
  getReleaseRow,
  insertRelease,
  insertReleaseEvent,
  insertReleaseLink,
  listReleaseRows,
  releaseByNumber,
  releaseEvents,
  releaseLinks,
  updateRelease,
  type ReleaseRow,
} from './repo';

type Fields = ParsedInput<'releases:update'>;
type LinkInput = ParsedInput<'releases:addLink'>;

/** "Samarinda, 3 Desember 2026 –": the office's city and the release's date in Indonesian. */
export function datelineOf(city: string, releaseOn: string): string {
  return `${city ? `${city}, ` : ''}${formatTanggal(releaseOn)} –`;
}

function contentOf(input: Omit<Fields, 'id'>) {
  return {
    title: input.title,
    release_on: input.releaseOn,
    lead: input.lead,
    body: JSON.stringify(input.body),
    quotes: JSON.stringify(input.quotes),
    contact: JSON.stringify(input.contact),
  };
}

export function requireRelease(ctx: Ctx, id: number): ReleaseRow {
  const row = getReleaseRow(ctx.db, id);
  if (!row) throw notFound(`Siaran pers dengan id ${id} tidak ada.`);
  return row;
}

/** The release by its number as printed ('001/SP/PPID/XII/2026'), for the CLI. */
export function releaseIdByNumber(ctx: Ctx, number: string): number {
  const row = releaseByNumber(ctx.db, number.trim());
  if (!row) throw notFound(`Siaran pers bernomor ${number} tidak ada.`);
  return row.id;
}

function toSummary(row: ReleaseRow, links: number): ReleaseSummary {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    releaseOn: row.release_on,
    status: row.status,
    approvedBy: row.approved_by,
    links,
    updatedAt: row.updated_at,
  };
}

export function getReleaseDetail(ctx: Ctx, id: number): ReleaseDetail {
  const row = requireRelease(ctx, id);
  const links = releaseLinks(ctx.db, id);
  return {
    ...toSummary(row, links.length),
    lead: row.lead,
    body: JSON.parse(row.body) as string[],
    quotes: JSON.parse(row.quotes) as ReleaseDetail['quotes'],
    contact: JSON.parse(row.contact) as ReleaseDetail['contact'],
    approvedAt: row.approved_at,
    publishedAt: row.published_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
    dateline: datelineOf(getProfile(ctx)?.city ?? '', row.release_on),
    publishedLinks: links.map((l) => ({ id: l.id, url: l.url, outlet: l.outlet, outletId: l.outlet_id, publishedOn: l.published_on })),
    events: releaseEvents(ctx.db, id),
  };
}

export function listReleases(ctx: Ctx, input: ParsedInput<'releases:list'>): ReleaseSummary[] {
  return listReleaseRows(ctx.db, { status: input.status, year: input.year, match: toMatchExpression(input.search) }).map((r) => toSummary(r, r.links));
}

export function createRelease(ctx: Ctx, input: ParsedInput<'releases:create'>): ReleaseDetail {
  const id = mutate(ctx, (tx) => {
    const { year, seq, number } = nextReleaseNumber(tx.db, input.releaseOn);
    if (releaseByNumber(tx.db, number)) {
      throw new AppError('conflict', `Nomor ${number} sudah dipakai siaran pers lain. Periksa pola nomor siaran pers di Pengaturan › Penomoran (harus memuat {seq} dan {year}).`);
    }
    const releaseId = insertRelease(tx.db, {
      number,
      year,
      seq,
      ...contentOf(input),
      status: 'draft',
      approved_by: null,
      approved_at: null,
      published_at: null,
      created_by: tx.actor,
      created_at: tx.at,
      updated_at: tx.at,
    });
    recordClientKey(ctx, releaseId);
    insertReleaseEvent(tx.db, releaseId, { at: tx.at, actor: tx.actor, action: 'created', from_status: null, to_status: 'draft', note: `Nomor ${number}` });
    tx.audit({ action: 'release.create', entity: 'press_release', entityId: String(releaseId), data: { number, title: input.title } });
    tx.emit('newsroom:changed', { kind: 'release', id: releaseId });
    return releaseId;
  });
  return getReleaseDetail(ctx, id);
}

export function updateReleaseContent(ctx: Ctx, input: Fields): ReleaseDetail {
  mutate(ctx, (tx) => {
    const row = requireRelease(ctx, input.id);
    if (!isReleaseEditable(row.status)) {
      throw new AppError('precondition', `Siaran pers ${row.number} sudah ${RELEASE_STATUS_LABEL[row.status].toLowerCase()}; isinya tidak dapat diubah lagi.`);
    }
    const next = contentOf(input);
    const changed = (Object.keys(next) as Array<keyof typeof next>).filter((k) => next[k] !== row[k]);
    if (changed.length === 0) return;
    updateRelease(tx.db, row.id, { ...next, updated_at: tx.at });
    insertReleaseEvent(tx.db, row.id, { at: tx.at, actor: tx.actor, action: 'edited', from_status: null, to_status: null, note: `Diubah: ${changed.join(', ')}` });
    tx.audit({ action: 'release.update', entity: 'press_release', entityId: String(row.id), data: { changed } });
    tx.emit('newsroom:changed', { kind: 'release', id: input.id });
  });
  return getReleaseDetail(ctx, input.id);
}

/** The outlet of the directory with that name (ignoring case and punctuation), if any. */
function outletIdOf(ctx: Pick<Ctx, 'db'>, name: string): number | null {
  return outletByKey(ctx.db, normalizeName(name))?.id ?? null;
}

function addLinkRow(tx: Tx, row: ReleaseRow, link: Omit<LinkInput, 'releaseId'>): void {
  try {
    insertReleaseLink(tx.db, row.id, { url: link.url, outlet: link.outlet, outlet_id: outletIdOf(tx, link.outlet), published_on: link.publishedOn }, tx.at);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', `Tautan ${link.url} sudah tercatat untuk siaran pers ${row.number}.`, [{ path: 'url', message: 'Tautan ini sudah tercatat.' }]);
    throw error;
  }
  insertReleaseEvent(tx.db, row.id, { at: tx.at, actor: tx.actor, action: 'link_added', from_status: null, to_status: null, note: `${link.outlet}: ${link.url}` });
}

export function transitionRelease(ctx: Ctx, input: ParsedInput<'releases:transition'>): ReleaseDetail {
  mutate(ctx, (tx) => {
    const row = requireRelease(ctx, input.id);
    const to: ReleaseStatus = input.to;
    const problem = releaseMoveProblem(row.status, to);
    if (problem) throw new AppError('precondition', problem);
    const patch: Parameters<typeof updateRelease>[2] = { status: to, updated_at: tx.at };
    // The approver is the one acting now: the Pimpinan at the desk (roles come with the accounts).
    if (to === 'approved') Object.assign(patch, { approved_by: tx.actor, approved_at: tx.at });
    if (to === 'draft') Object.assign(patch, { approved_by: null, approved_at: null });
    if (to === 'published') patch.published_at = tx.at;
    updateRelease(tx.db, row.id, patch);
    insertReleaseEvent(tx.db, row.id, { at: tx.at, actor: tx.actor, action: 'status', from_status: row.status, to_status: to, note: input.note });
    for (const link of input.links) {
      if (to !== 'published') throw new AppError('invalid_input', 'Tautan terbit dicatat saat siaran pers diterbitkan atau sesudahnya.', [{ path: 'links', message: 'Hanya saat terbit.' }]);
      addLinkRow(tx, row, link);
    }
    tx.audit({
      action: `release.${to}`,
      entity: 'press_release',
      entityId: String(row.id),
      data: { number: row.number, from: row.status, to, note: input.note || undefined, links: input.links.map((l) => l.url) },
    });
    tx.emit('newsroom:changed', { kind: 'release', id: input.id });
  });
  return getReleaseDetail(ctx, input.id);
}

export function addReleaseLink(ctx: Ctx, input: LinkInput): ReleaseDetail {
  mutate(ctx, (tx) => {
    const row = requireRelease(ctx, input.releaseId);
    if (row.status !== 'published') {
      throw new AppError('precondition', `Siaran pers ${row.number} belum terbit; tautan terbit dicatat sesudah diterbitkan.`);
    }
    addLinkRow(tx, row, input);
    tx.audit({ action: 'release.link', entity: 'press_release', entityId: String(row.id), data: { url: input.url, outlet: input.outlet } });
    tx.emit('newsroom:changed', { kind: 'release', id: input.releaseId });
  });
  return getReleaseDetail(ctx, input.releaseId);
}

/** Today in the office's zone, for the pattern preview. */
export function officeToday(ctx: Ctx): string {
  return todayLocal(ctx.clock.now().getTime(), officeClock(ctx).zone);
}
