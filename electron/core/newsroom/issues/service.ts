// Isu: logging, editing, the status flow and the links. Every change is audited in its
// transaction and written to the issue's timeline with who and when.
import { issueMoveProblem, ISSUE_STATUS_LABEL } from '../../../../shared/domain/newsroom/issues';
import { parseInstant, toUtcIso } from '../../../../shared/domain/requests/instant';
import type { ParsedInput } from '../../../../shared/ipc/contract';
import type { IssueDetail, IssueSummary } from '../../../../shared/ipc/channels/issues';
import { appendAudit } from '../../audit/repo';
import { nowIso, type Ctx } from '../../context';
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
    events: issueEvents(ctx.db, id).map((e) => ({ at: e.at, actor: e.actor, action: e.action, fromStatus: e.from_status, toStatus: e.to_status, note: e.note })),
  };
}

export const listIssues = (ctx: Ctx, input: ParsedInput<'issues:list'>) => listIssueRows(ctx.db, input).map(toIssueSummary);

export function createIssue(ctx: Ctx, input: ParsedInput<'issues:create'>): IssueDetail {
  const at = nowIso(ctx);
  const content = contentOf(ctx, input);
  const id = ctx.db
    .transaction(() => {
      const issueId = insertIssue(ctx.db, { ...content, status: 'dipantau', clarification_id: null, created_at: at, updated_at: at });
      recordClientKey(ctx, issueId);
      insertIssueEvent(ctx.db, issueId, { at, actor: ctx.actor, action: 'created', from_status: null, to_status: 'dipantau', note: input.owner ? `Penanggung jawab: ${input.owner}` : '' });
      appendAudit(ctx.db, { at, actor: ctx.actor, action: 'issue.create', entity: 'issue', entityId: String(issueId), data: { title: input.title, platform: input.platform } });
      return issueId;
    })
    .immediate();
  ctx.emit('newsroom:changed', { kind: 'issue', id });
  return getIssueDetail(ctx, id);
}

export function updateIssueContent(ctx: Ctx, input: ParsedInput<'issues:update'>): IssueDetail {
  const at = nowIso(ctx);
  const next = contentOf(ctx, input);
  ctx.db
    .transaction(() => {
      const row = requireIssue(ctx, input.id);
      const changed = (Object.keys(next) as Array<keyof IssueContent>).filter((k) => next[k] !== row[k]);
      if (changed.length === 0) return;
      updateIssue(ctx.db, row.id, { ...next, updated_at: at });
      const note = changed.includes('owner') ? `Diubah: ${changed.join(', ')}; penanggung jawab: ${next.owner || '-'}` : `Diubah: ${changed.join(', ')}`;
      insertIssueEvent(ctx.db, row.id, { at, actor: ctx.actor, action: 'edited', from_status: null, to_status: null, note });
      appendAudit(ctx.db, { at, actor: ctx.actor, action: 'issue.update', entity: 'issue', entityId: String(row.id), data: { changed } });
    })
    .immediate();
  ctx.emit('newsroom:changed', { kind: 'issue', id: input.id });
  return getIssueDetail(ctx, input.id);
}

export function moveIssue(ctx: Ctx, input: ParsedInput<'issues:move'>): IssueDetail {
  const at = nowIso(ctx);
  ctx.db
    .transaction(() => {
      const row = requireIssue(ctx, input.id);
      const problem = issueMoveProblem(row.status, input.to);
      if (problem) throw new AppError('precondition', problem);
      updateIssue(ctx.db, row.id, { status: input.to, updated_at: at });
      insertIssueEvent(ctx.db, row.id, { at, actor: ctx.actor, action: 'status', from_status: row.status, to_status: input.to, note: input.note });
      appendAudit(ctx.db, { at, actor: ctx.actor, action: `issue.${input.to}`, entity: 'issue', entityId: String(row.id), data: { from: row.status, to: input.to, note: input.note || undefined } });
    })
    .immediate();
  ctx.emit('newsroom:changed', { kind: 'issue', id: input.id });
  return getIssueDetail(ctx, input.id);
}

export function linkIssue(ctx: Ctx, input: ParsedInput<'issues:link'>): IssueDetail {
  const at = nowIso(ctx);
  ctx.db
    .transaction(() => {
      const row = requireIssue(ctx, input.id);
      let label: string;
      let changed: boolean;
      if (input.kind === 'clarification') {
        // The clarifications' table comes with their own migration: the id is kept as given.
        label = `klarifikasi id ${input.targetId}`;
        const next = input.remove ? null : input.targetId;
        if (input.remove && row.clarification_id !== input.targetId) throw notFound(`Isu ini tidak terkait dengan klarifikasi id ${input.targetId}.`);
        changed = row.clarification_id !== next;
        if (changed) updateIssue(ctx.db, row.id, { clarification_id: next, updated_at: at });
      } else {
        const column = input.kind === 'inquiry' ? 'inquiry_id' : 'release_id';
        const target = input.kind === 'inquiry' ? getInquiryRow(ctx.db, input.targetId) : getReleaseRow(ctx.db, input.targetId);
        if (!target) throw notFound(input.kind === 'inquiry' ? `Pertanyaan media id ${input.targetId} tidak ada.` : `Siaran pers id ${input.targetId} tidak ada.`);
        label = `${input.kind === 'inquiry' ? 'pertanyaan media' : 'siaran pers'} ${target.number}`;
        changed = input.remove ? removeLink(ctx.db, row.id, column, input.targetId) : addLink(ctx.db, row.id, column, input.targetId, at);
        if (changed) updateIssue(ctx.db, row.id, { updated_at: at });
      }
      if (!changed) return;
      insertIssueEvent(ctx.db, row.id, { at, actor: ctx.actor, action: input.remove ? 'unlinked' : 'linked', from_status: null, to_status: null, note: `${input.remove ? 'Dilepas' : 'Dikaitkan'}: ${label}` });
      appendAudit(ctx.db, { at, actor: ctx.actor, action: input.remove ? 'issue.unlink' : 'issue.link', entity: 'issue', entityId: String(row.id), data: { kind: input.kind, targetId: input.targetId } });
    })
    .immediate();
  ctx.emit('newsroom:changed', { kind: 'issue', id: input.id });
  return getIssueDetail(ctx, input.id);
}

export const issueStatusLabel = (s: IssueRow['status']) => ISSUE_STATUS_LABEL[s];
