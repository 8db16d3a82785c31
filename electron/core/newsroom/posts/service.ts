// Social post drafts and the content calendar: saved (created or changed) with an audit entry in
// the same transaction. The length limits were checked by the shared schema; the view repeats the
// count so the list shows it without the editor.
import { composePost, postLength, POST_LIMITS } from '../../../../shared/domain/newsroom/platforms';
import type { ParsedInput } from '../../../../shared/ipc/contract';
import type { CalendarEntry, PostView } from '../../../../shared/ipc/channels/posts';
import type { Ctx } from '../../context';
import { mutate } from '../../db/mutate';
import { notFound } from '../../errors';
import { getIssueRow } from '../issues/repo';
import { getReleaseRow } from '../releases/repo';
import { getCalendarRow, getPostRow, listCalendarRows, listPostRows, upsertCalendar, upsertPost, type CalendarRow, type PostRow } from './repo';

function toPostView(r: PostRow): PostView {
  const hashtags = JSON.parse(r.hashtags) as string[];
  return {
    id: r.id,
    platform: r.platform,
    text: r.text,
    hashtags,
    altText: r.alt_text,
    releaseId: r.release_id,
    issueId: r.issue_id,
    status: r.status,
    length: postLength(r.platform, composePost(r.text, hashtags)),
    limit: POST_LIMITS[r.platform],
    updatedAt: r.updated_at,
  };
}

const toEntry = (r: CalendarRow): CalendarEntry => ({
  id: r.id,
  plannedOn: r.planned_on,
  channel: r.channel,
  item: r.item,
  status: r.status,
  releaseId: r.release_id,
  postId: r.post_id,
  note: r.note,
});

export const listPosts = (ctx: Ctx, input: ParsedInput<'posts:list'>) => listPostRows(ctx.db, input.releaseId).map(toPostView);

function requireRefs(ctx: Ctx, refs: { releaseId: number | null; issueId?: number | null; postId?: number | null }): void {
  if (refs.releaseId && !getReleaseRow(ctx.db, refs.releaseId)) throw notFound(`Siaran pers id ${refs.releaseId} tidak ada.`);
  if (refs.issueId && !getIssueRow(ctx.db, refs.issueId)) throw notFound(`Isu id ${refs.issueId} tidak ada.`);
  if (refs.postId && !getPostRow(ctx.db, refs.postId)) throw notFound(`Draf unggahan id ${refs.postId} tidak ada.`);
}

export function savePost(ctx: Ctx, input: ParsedInput<'posts:save'>): PostView {
  const id = mutate(ctx, (tx) => {
    const before = input.id ? getPostRow(tx.db, input.id) : undefined;
    if (input.id && !before) throw notFound(`Draf unggahan id ${input.id} tidak ada.`);
    requireRefs(ctx, input);
    const postId = upsertPost(tx.db, {
      id: input.id,
      platform: input.platform,
      text: input.text,
      hashtags: JSON.stringify(input.hashtags),
      alt_text: input.altText,
      release_id: input.releaseId,
      issue_id: input.issueId,
      status: input.status,
      created_at: tx.at,
      updated_at: tx.at,
    });
    tx.audit({ action: before ? 'post.update' : 'post.create', entity: 'social_post', entityId: String(postId), data: { platform: input.platform, status: input.status } });
    tx.emit('newsroom:changed', { kind: 'post', id: postId });
    return postId;
  });
  return toPostView(getPostRow(ctx.db, id)!);
}

export const listCalendar = (ctx: Ctx, input: ParsedInput<'contentCalendar:list'>) => listCalendarRows(ctx.db, input.from, input.to).map(toEntry);

export function saveCalendar(ctx: Ctx, input: ParsedInput<'contentCalendar:save'>): CalendarEntry {
  const id = mutate(ctx, (tx) => {
    const before = input.id ? getCalendarRow(tx.db, input.id) : undefined;
    if (input.id && !before) throw notFound(`Rencana terbit id ${input.id} tidak ada.`);
    requireRefs(ctx, input);
    const entryId = upsertCalendar(tx.db, {
      id: input.id,
      planned_on: input.plannedOn,
      channel: input.channel,
      item: input.item,
      status: input.status,
      release_id: input.releaseId,
      post_id: input.postId,
      note: input.note,
      created_at: tx.at,
      updated_at: tx.at,
    });
    tx.audit({
      action: before ? 'calendar.update' : 'calendar.create',
      entity: 'content_calendar',
      entityId: String(entryId),
      data: { plannedOn: input.plannedOn, channel: input.channel, status: input.status, before: before ? { plannedOn: before.planned_on, status: before.status } : undefined },
    });
    tx.emit('newsroom:changed', { kind: 'calendar', id: entryId });
    return entryId;
  });
  return toEntry(getCalendarRow(ctx.db, id)!);
}
