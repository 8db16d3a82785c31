// Konten: a social post draft per platform, counted as the officer types against that platform's
// limit (the same count the core checks), and the content calendar of the month.
import { useState, type FormEvent } from 'react';
import { Button, Grid, Group, List, NativeSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import {
  CALENDAR_CHANNELS,
  CALENDAR_STATUSES,
  countPost,
  POST_PLATFORMS,
  POST_STATUSES,
  type CalendarChannel,
  type CalendarStatus,
  type PostPlatform,
  type PostStatus,
} from '../../../../shared/domain/newsroom/platforms';
import { DateTimeField } from '../../forms/DateTimeField';
import { useOfficeNow } from '../../forms/officeNow';
import { useUnsaved } from '../../forms/unsaved';
import { FeedbackView, useFeedback } from '../../lib/feedback';
import type { CalendarEntry, PostView } from '../../../../shared/ipc/channels/posts';
import { useCalendar, useHumasCall, usePosts } from './api';

export function ContentTab() {
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <PostEditor />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <CalendarSection />
      </Grid.Col>
    </Grid>
  );
}

const tagsOf = (text: string) => text.split(/[\s,]+/).map((t) => t.replace(/^#/, '')).filter(Boolean);

function PostEditor() {
  const { t } = useTranslation();
  const save = useHumasCall('posts:save');
  const posts = usePosts();
  const feedback = useFeedback();
  const empty = { platform: 'x' as PostPlatform, text: '', hashtags: '', altText: '', status: 'draf' as PostStatus };
  // The draft being edited (its links to a release or an issue kept as they are), or null: a new one.
  const [editing, setEditing] = useState<PostView | null>(null);
  const [initial, setInitial] = useState(empty);
  const [v, setV] = useState(empty);
  const release = useUnsaved(JSON.stringify(v) !== JSON.stringify(initial));
  const count = countPost(v.platform, v.text, tagsOf(v.hashtags));
  const set = (key: keyof typeof v) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setV((x) => ({ ...x, [key]: value }));
  };
  const load = (post: PostView | null) => {
    const next = post ? { platform: post.platform, text: post.text, hashtags: post.hashtags.map((h) => `#${h}`).join(' '), altText: post.altText, status: post.status } : empty;
    feedback.reset();
    setEditing(post);
    setInitial(next);
    setV(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    feedback.reset();
    const links = editing ? { id: editing.id, releaseId: editing.releaseId, issueId: editing.issueId } : {};
    save.mutate(
      { ...links, platform: v.platform, text: v.text, hashtags: tagsOf(v.hashtags), altText: v.altText, status: v.status },
      {
        onSuccess: () => {
          release();
          const message = t(editing ? 'humas.content.updated' : 'humas.content.saved');
          load(null);
          feedback.succeed(message);
        },
        onError: feedback.onError,
      },
    );
  };
  return (
    <Stack gap="sm">
      <form onSubmit={submit} noValidate aria-labelledby="post-form-title">
        <Stack gap="xs">
          <Title order={2} size="h3" id="post-form-title">
            {t(editing ? 'humas.content.editTitle' : 'humas.content.postsTitle')}
          </Title>
          <Group grow align="flex-start">
            <NativeSelect label={t('humas.content.platform')} value={v.platform} onChange={set('platform')} data={POST_PLATFORMS.map((p) => ({ value: p, label: t(`humas.content.channels.${p}`) }))} />
            <NativeSelect label={t('humas.content.status')} value={v.status} onChange={set('status')} data={POST_STATUSES.map((s) => ({ value: s, label: t(`humas.content.postStatus.${s}`) }))} />
          </Group>
          <Textarea
            label={t('humas.content.text')}
            withAsterisk
            autosize
            minRows={4}
            value={v.text}
            onChange={set('text')}
            aria-describedby="post-count"
            error={feedback.issues.text}
          />
          <TextInput label={t('humas.content.hashtags')} value={v.hashtags} onChange={set('hashtags')} aria-describedby="post-count" error={Object.entries(feedback.issues).find(([k]) => k.startsWith('hashtags'))?.[1]} />
          {/* The count the core applies; said politely as it changes, in Indonesian as the core says it. */}
          <Text id="post-count" size="sm" fw={count.over ? 700 : 400} c={count.over ? 'red.9' : undefined} aria-live="polite">
            {count.message}
          </Text>
          <Textarea label={t('humas.content.altText')} description={t('humas.content.altHelp')} autosize minRows={2} value={v.altText} onChange={set('altText')} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t(editing ? 'humas.content.saveChanges' : 'humas.content.save')}
            </Button>
            {editing && (
              <Button variant="default" onClick={() => load(null)}>
                {t('humas.content.cancelEdit')}
              </Button>
            )}
          </Group>
          <FeedbackView message={feedback.message} failure={feedback.failure} />
        </Stack>
      </form>
      {posts.data?.length === 0 ? (
        <Text size="sm">{t('humas.content.noPosts')}</Text>
      ) : (
        <List size="sm">
          {posts.data?.map((p) => {
            const what = `${t(`humas.content.channels.${p.platform}`)}: ${p.text.slice(0, 40)}`;
            return (
              <List.Item key={p.id}>
                {t(`humas.content.channels.${p.platform}`)} · {t(`humas.content.postStatus.${p.status}`)} · {p.length}/{p.limit} — {p.text.slice(0, 80)}{' '}
                <Button size="compact-xs" variant="default" aria-label={t('humas.content.editPost', { what })} aria-pressed={editing?.id === p.id} onClick={() => load(p)}>
                  {t('humas.content.edit')}
                </Button>
              </List.Item>
            );
          })}
        </List>
      )}
    </Stack>
  );
}

function monthRange(today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(last).padStart(2, '0')}` };
}

function CalendarSection() {
  const { t } = useTranslation();
  const office = useOfficeNow();
  const { from, to } = monthRange(office.today());
  const entries = useCalendar(from, to);
  const save = useHumasCall('contentCalendar:save');
  const feedback = useFeedback();
  const empty = () => ({ plannedOn: office.today(), channel: 'instagram' as CalendarChannel, item: '', note: '' });
  // The entry being edited (its status and links kept as they are), or null: a new plan.
  const [editing, setEditing] = useState<CalendarEntry | null>(null);
  const [initial, setInitial] = useState(empty);
  const [v, setV] = useState(initial);
  const release = useUnsaved(JSON.stringify(v) !== JSON.stringify(initial));
  // The value is read at once: the state updater runs after React has let go of the event.
  const field = (key: 'channel' | 'item' | 'note') => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setV((x) => ({ ...x, [key]: value }));
  };
  const load = (entry: CalendarEntry | null) => {
    const next = entry ? { plannedOn: entry.plannedOn, channel: entry.channel, item: entry.item, note: entry.note } : empty();
    feedback.reset();
    setEditing(entry);
    setInitial(next);
    setV(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    feedback.reset();
    const kept = editing ? { id: editing.id, status: editing.status, releaseId: editing.releaseId, postId: editing.postId } : {};
    save.mutate(
      { ...kept, ...v },
      {
        onSuccess: () => {
          release();
          const message = t(editing ? 'humas.content.planUpdated' : 'humas.content.planSaved');
          load(null);
          feedback.succeed(message);
        },
        onError: feedback.onError,
      },
    );
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="calendar-title">
      <Title order={2} size="h3" id="calendar-title">
        {t('humas.content.calendarTitle')}
      </Title>
      {entries.data?.length === 0 ? (
        <Text size="sm">{t('humas.content.noPlans')}</Text>
      ) : (
        <List size="sm">
          {entries.data?.map((e) => (
            <List.Item key={e.id}>
              {formatTanggal(e.plannedOn)} · {t(`humas.content.channels.${e.channel}`)} · {e.item} ·{' '}
              <NativeSelect
                size="xs"
                display="inline-block"
                aria-label={`${t('humas.content.status')}: ${e.item}`}
                value={e.status}
                onChange={(ev) => save.mutate({ ...e, status: ev.currentTarget.value as CalendarStatus })}
                data={CALENDAR_STATUSES.map((s) => ({ value: s, label: t(`humas.content.calendarStatus.${s}`) }))}
              />{' '}
              <Button size="compact-xs" variant="default" aria-label={t('humas.content.editPlan', { item: e.item })} aria-pressed={editing?.id === e.id} onClick={() => load(e)}>
                {t('humas.content.edit')}
              </Button>
            </List.Item>
          ))}
        </List>
      )}
      <form onSubmit={submit} noValidate aria-label={t(editing ? 'humas.content.editPlanTitle' : 'humas.content.addPlan')}>
        <Stack gap="xs">
          {editing && <Text size="sm" fw={600}>{t('humas.content.editPlanTitle')}</Text>}
          <Group grow align="flex-start">
            <DateTimeField mode="date" label={t('humas.content.plannedOn')} withAsterisk value={v.plannedOn} onChange={(plannedOn) => setV((x) => ({ ...x, plannedOn }))} error={feedback.issues.plannedOn} />
            <NativeSelect label={t('humas.content.channel')} value={v.channel} onChange={field('channel')} data={CALENDAR_CHANNELS.map((c) => ({ value: c, label: t(`humas.content.channels.${c}`) }))} />
          </Group>
          <TextInput label={t('humas.content.item')} withAsterisk value={v.item} onChange={field('item')} error={feedback.issues.item} />
          {editing && <Textarea label={t('humas.content.note')} autosize minRows={2} value={v.note} onChange={field('note')} error={feedback.issues.note} />}
          <Group>
            <Button type="submit" variant="default" loading={save.isPending}>
              {t(editing ? 'humas.content.savePlanChanges' : 'humas.content.addPlan')}
            </Button>
            {editing && (
              <Button variant="subtle" onClick={() => load(null)}>
                {t('humas.content.cancelEdit')}
              </Button>
            )}
          </Group>
          <FeedbackView message={feedback.message} failure={feedback.failure} />
        </Stack>
      </form>
    </Stack>
  );
}
