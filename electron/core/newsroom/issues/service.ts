// Isu: logging, editing, the status flow and the links. Every change is audited in its
// transaction and written to the issue's timeline with who and when.
import { issueMoveProblem, ISSUE_STATUS_LABEL } from '../../../../shared/domain/newsroom/issues';
import { parseInstant, toUtcIso } from '../../../../shared/domain/requests/instant';
import type { ParsedInput } from '../../../../shared/ipc/contract';
import type { IssueDetail, IssueSummary } from '../../../../shared/ipc/channels/issues';
import type { Ctx } from '../../context';
import { mutate } from '../../db/mutate';
import { AppError, invalidField, notFound } from '../../errors';
import { recordClientKey } from '../../idempotency/keys';
import { getInquiryRow } from '../../inquiries/repo';
import { getReleaseRow } from '../releases/repo';
import {
  addLink,
  getIssueRow,
  insertIssue,
  insertIssueEvent,
  issueEvents,
  linkedInquiries,
  linkedReleases,
  listIssueRows,
  removeLink,
  updateIssue,
  type IssueContent,
  type IssueRow,
} from './repo';

type Fields = Omit<ParsedInput<'issues:update'>, 'id'>;

function contentOf(ctx: Ctx, input: Fields): IssueContent {
  const seenMs = parseInstant(input.firstSeenAt)!;
  if (seenMs > ctx.clock.now().getTime()) throw invalidField('firstSeenAt', 'Waktu pertama terlihat tidak boleh di masa depan.');
  return {
    title: input.title,
    summary: input.summary,
    source_urls: JSON.stringify(input.sourceUrls),
    platform: input.platform,
    first_seen_at: toUtcIso(seenMs),
    estimated_reach: input.estimatedReach,
    sentiment: input.sentiment,
    category: input.category,
    opd: input.opd,
    owner: input.owner,
  };
}

function requireIssue(ctx: Ctx, id: number): IssueRow {
  const row = getIssueRow(ctx.db, id);
  if (!row) throw notFound(`Isu dengan id ${id} tidak ada.`);
  return row;
}

export function toIssueSummary(r: IssueRow): IssueSummary {
  return {
    id: r.id,
    title: r.title,
    platform: r.platform,
    firstSeenAt: r.first_seen_at,
    estimatedReach: r.estimated_reach,
    sentiment: r.sentiment,
    category: r.category,
    opd: r.opd,
    owner: r.owner,
    status: r.status,
    updatedAt: r.updated_at,
  };
}

export function getIssueDetail(ctx: Ctx, id: number): IssueDetail {
  const r = requireIssue(ctx, id);
  return {
    ...toIssueSummary(r),
    summary: r.summary,
    sourceUrls: JSON.parse(r.source_urls) as string[],
    clarificationId: r.clarification_id,
    inquiries: linkedInquiries(ctx.db, id),
    releases: linkedReleases(ctx.db, id),
    events: issueEvents(ctx.db, id),
  };
}

export const listIssues = (ctx: Ctx, input: ParsedInput<'issues:list'>) => listIssueRows(ctx.db, input).map(toIssueSummary);

export function createIssue(ctx: Ctx, input: ParsedInput<'issues:create'>): IssueDetail {
  const content = contentOf(ctx, input);
  const id = mutate(ctx, (tx) => {
    const issueId = insertIssue(tx.db, { ...content, status: 'dipantau', clarification_id: null, created_at: tx.at, updated_at: tx.at });
    recordClientKey(ctx, issueId);
    insertIssueEvent(tx.db, issueId, { at: tx.at, actor: tx.actor, action: 'created', from_status: null, to_status: 'dipantau', note: input.owner ? `Penanggung jawab: ${input.owner}` : '' });
    tx.audit({ action: 'issue.create', entity: 'issue', entityId: String(issueId), data: { title: input.title, platform: input.platform } });
    tx.emit('newsroom:changed', { kind: 'issue', id: issueId });
    return issueId;
  });
  return getIssueDetail(ctx, id);
}

export function updateIssueContent(ctx: Ctx, input: ParsedInput<'issues:update'>): IssueDetail {
  const next = contentOf(ctx, input);
  mutate(ctx, (tx) => {
    const row = requireIssue(ctx, input.id);
    const changed = (Object.keys(next) as Array<keyof IssueContent>).filter((k) => next[k] !== row[k]);
    if (changed.length === 0) return;
    updateIssue(tx.db, row.id, { ...next, updated_at: tx.at });
    const note = changed.includes('owner') ? `Diubah: ${changed.join(', ')}; penanggung jawab: ${next.owner || '-'}` : `Diubah: ${changed.join(', ')}`;
    insertIssueEvent(tx.db, row.id, { at: tx.at, actor: tx.actor, action: 'edited', from_status: null, to_status: null, note });
    tx.audit({ action: 'issue.update', entity: 'issue', entityId: String(row.id), data: { changed } });
    tx.emit('newsroom:changed', { kind: 'issue', id: input.id });
  });
  return getIssueDetail(ctx, input.id);
}

export function moveIssue(ctx: Ctx, input: ParsedInput<'issues:move'>): IssueDetail {
  mutate(ctx, (tx) => {
    const row = requireIssue(ctx, input.id);
    const problem = issueMoveProblem(row.status, input.to);
    if (problem) throw new AppError('precondition', problem);
    updateIssue(tx.db, row.id, { status: input.to, updated_at: tx.at });
    insertIssueEvent(tx.db, row.id, { at: tx.at, actor: tx.actor, action: 'status', from_status: row.status, to_status: input.to, note: input.note });
    tx.audit({ action: `issue.${input.to}`, entity: 'issue', entityId: String(row.id), data: { from: row.status, to: input.to, note: input.note || undefined } });
    tx.emit('newsroom:changed', { kind: 'issue', id: input.id });
  });
  return getIssueDetail(ctx, input.id);
}

export function linkIssue(ctx: Ctx, input: ParsedInput<'issues:link'>): IssueDetail {
  mutate(ctx, (tx) => {
    const row = requireIssue(ctx, input.id);
    let label: string;
    let changed: boolean;
    if (input.kind === 'clarification') {
      // The clarifications' table comes with their own migration: the id is kept as given.
      label = `klarifikasi id ${input.targetId}`;
      const next = input.remove ? null : input.targetId;
      if (input.remove && row.clarification_id !== input.targetId) throw notFound(`Isu ini tidak terkait dengan klarifikasi id ${input.targetId}.`);
      changed = row.clarification_id !== next;
      if (changed) updateIssue(tx.db, row.id, { clarification_id: next, updated_at: tx.at });
    } else {
      const column = input.kind === 'inquiry' ? 'inquiry_id' : 'release_id';
      const target = input.kind === 'inquiry' ? getInquiryRow(tx.db, input.targetId) : getReleaseRow(tx.db, input.targetId);
      if (!target) throw notFound(input.kind === 'inquiry' ? `Pertanyaan media id ${input.targetId} tidak ada.` : `Siaran pers id ${input.targetId} tidak ada.`);
      label = `${input.kind === 'inquiry' ? 'pertanyaan media' : 'siaran pers'} ${target.number}`;
      changed = input.remove ? removeLink(tx.db, row.id, column, input.targetId) : addLink(tx.db, row.id, column, input.targetId, tx.at);
      if (changed) updateIssue(tx.db, row.id, { updated_at: tx.at });
    }
    if (!changed) return;
    insertIssueEvent(tx.db, row.id, { at: tx.at, actor: tx.actor, action: input.remove ? 'unlinked' : 'linked', from_status: null, to_status: null, note: `${input.remove ? 'Dilepas' : 'Dikaitkan'}: ${label}` });
    tx.audit({ action: input.remove ? 'issue.unlink' : 'issue.link', entity: 'issue', entityId: String(row.id), data: { kind: input.kind, targetId: input.targetId } });
    tx.emit('newsroom:changed', { kind: 'issue', id: input.id });
  });
  return getIssueDetail(ctx, input.id);
}

export const issueStatusLabel = (s: IssueRow['status']) => ISSUE_STATUS_LABEL[s];
