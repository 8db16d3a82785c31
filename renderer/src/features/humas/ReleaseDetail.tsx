// One siaran pers: status and approver, the moves its status allows, the edit form while it is a
// draft or in review, published links, downloads and the distribution to journalists.
import { useState, type FormEvent } from 'react';
import { Badge, Button, Checkbox, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isReleaseEditable, type ReleaseStatus } from '../../../../shared/domain/newsroom/releases';
import type { ReleaseDetail } from '../../../../shared/ipc/channels/releases';
import { useApi } from '../../api';
import { DateTimeField } from '../../forms/DateTimeField';
import { useOfficeNow } from '../../forms/officeNow';
import { FeedbackView, useFeedback } from '../../lib/feedback';
import { localParts } from '../../lib/officeTime';
import { useOfficeZone } from '../../lib/officeZone';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import { useJournalists } from '../../lib/inquiries';
import { useHumasCall, useRelease } from './api';
import { DownloadButtons } from './Download';
import { ReleaseForm } from './ReleaseForm';

const MOVES: Record<ReleaseStatus, Array<{ to: ReleaseStatus; label: 'review' | 'approve' | 'back' | 'publish' }>> = {
  draft: [{ to: 'review', label: 'review' }],
  review: [{ to: 'approved', label: 'approve' }, { to: 'draft', label: 'back' }],
  approved: [{ to: 'published', label: 'publish' }],
  published: [],
};

export function ReleaseDetailView({ id }: { id: number }) {
  const { t } = useTranslation();
  // History times in the office's zone (WITA), whatever zone the PC is set to.
  const zone = useOfficeZone();
  const at = (iso: string) => {
    const p = localParts(iso, zone);
    return `${formatTanggal(p.date)} ${p.time}`;
  };
  const api = useApi();
  const query = useRelease(id);
  const detail = query.data;
  if (!detail) return null;
  const approved = detail.status === 'approved' || detail.status === 'published';
  return (
    <Stack gap="md" component="section" aria-label={`${detail.number}: ${detail.title}`}>
      <Stack gap={2}>
        <Title order={2} size="h3">
          {detail.title}
        </Title>
        <Group gap="xs">
          <Text size="sm">{detail.number}</Text>
          <Badge variant="outline" color="dark">{t(`humas.releases.status.${detail.status}`)}</Badge>
          {detail.approvedBy && <Text size="sm">{t('humas.releases.approvedBy', { name: detail.approvedBy })}</Text>}
        </Group>
        <Text size="sm" c="gray.8">{detail.dateline}</Text>
      </Stack>
      <StatusActions detail={detail} />
      <DownloadButtons
        title={t('humas.releases.files.title')}
        what={t('humas.releases.files.what')}
        choices={[
          { key: 'pdf', label: t('humas.releases.files.pdf'), primary: true },
          { key: 'docx', label: t('humas.releases.files.docx') },
          { key: 'txt', label: t('humas.releases.files.txt') },
        ]}
        fetch={(format) => api.invoke('releases:export', { id, format: format as 'pdf' | 'docx' | 'txt' })}
      />
      {approved && <Distribution detail={detail} />}
      {detail.status === 'published' && <Links detail={detail} />}
      {isReleaseEditable(detail.status) && <ReleaseForm key={detail.updatedAt} detail={detail} onSaved={() => undefined} />}
      <Stack gap={2} component="section" aria-label={t('humas.releases.timeline')}>
        <Text size="sm" fw={600}>{t('humas.releases.timeline')}</Text>
        <List size="sm">
          {detail.events.map((e, i) => (
            <List.Item key={i}>
              {at(e.at)} · {e.actor} · {e.toStatus ? t(`humas.releases.status.${e.toStatus as ReleaseStatus}`) : ''}
              {e.toStatus && e.note ? ' — ' : ''}
              {e.note}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Stack>
  );
}

function StatusActions({ detail }: { detail: ReleaseDetail }) {
  const { t } = useTranslation();
  const move = useHumasCall('releases:transition');
  const feedback = useFeedback();
  const office = useOfficeNow();
  const [link, setLink] = useState({ url: '', outlet: '', publishedOn: office.today() });
  const moves = MOVES[detail.status];
  if (moves.length === 0) return null;
  const go = (to: ReleaseStatus) => {
    feedback.reset();
    const links = to === 'published' && link.url.trim() ? [link] : [];
    move.mutate(
      { id: detail.id, to, links },
      { onSuccess: (out) => feedback.succeed(t('humas.releases.actions.moved', { status: t(`humas.releases.status.${out.status}`) })), onError: feedback.onError },
    );
  };
  return (
    <Stack gap={4} component="section" aria-label={t('humas.releases.actions.title')}>
      <Text size="sm" fw={600}>{t('humas.releases.actions.title')}</Text>
      {detail.status === 'approved' && <LinkFields value={link} onChange={setLink} issues={feedback.issues} prefix="links.0." />}
      <Group gap="xs">
        {moves.map((m, i) => (
          <Button key={m.to} size="xs" variant={i === 0 ? 'filled' : 'default'} loading={move.isPending && move.variables?.to === m.to} onClick={() => go(m.to)}>
            {t(`humas.releases.actions.${m.label}`)}
          </Button>
        ))}
      </Group>
      <FeedbackView message={feedback.message} failure={feedback.failure} />
    </Stack>
  );
}

interface LinkValue {
  url: string;
  outlet: string;
  publishedOn: string;
}

function LinkFields({ value, onChange, issues, prefix }: { value: LinkValue; onChange: (v: LinkValue) => void; issues: Record<string, string>; prefix: string }) {
  const { t } = useTranslation();
  return (
    <Group grow align="flex-start">
      <TextInput label={t('humas.releases.links.url')} type="url" value={value.url} onChange={(e) => onChange({ ...value, url: e.currentTarget.value })} error={issues[`${prefix}url`]} />
      <TextInput label={t('humas.releases.links.outlet')} value={value.outlet} onChange={(e) => onChange({ ...value, outlet: e.currentTarget.value })} error={issues[`${prefix}outlet`]} />
      <DateTimeField mode="date" label={t('humas.releases.links.publishedOn')} value={value.publishedOn} onChange={(publishedOn) => onChange({ ...value, publishedOn })} error={issues[`${prefix}publishedOn`]} />
    </Group>
  );
}

function Links({ detail }: { detail: ReleaseDetail }) {
  const { t } = useTranslation();
  const add = useHumasCall('releases:addLink');
  const feedback = useFeedback();
  const office = useOfficeNow();
  const [link, setLink] = useState({ url: '', outlet: '', publishedOn: office.today() });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    feedback.reset();
    add.mutate({ releaseId: detail.id, ...link }, { onSuccess: () => setLink((l) => ({ ...l, url: '', outlet: '' })), onError: feedback.onError });
  };
  return (
    <Stack gap={4} component="section" aria-label={t('humas.releases.links.title')}>
      <Text size="sm" fw={600}>{t('humas.releases.links.title')}</Text>
      {detail.publishedLinks.length === 0 ? (
        <Text size="sm">{t('humas.releases.links.none')}</Text>
      ) : (
        <List size="sm">
          {detail.publishedLinks.map((l) => (
            <List.Item key={l.id}>
              {l.outlet} · {l.publishedOn ? formatTanggal(l.publishedOn) : ''} · <a href={l.url}>{l.url}</a>
            </List.Item>
          ))}
        </List>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap={4}>
          <LinkFields value={link} onChange={setLink} issues={feedback.issues} prefix="" />
          <Group>
            <Button type="submit" size="xs" variant="default" loading={add.isPending}>
              {t('humas.releases.links.add')}
            </Button>
          </Group>
        </Stack>
      </form>
      <FeedbackView message={feedback.message} failure={feedback.failure} />
    </Stack>
  );
}

function Distribution({ detail }: { detail: ReleaseDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const [search, setSearch] = useState('');
  const journalists = useJournalists(search.trim());
  const [chosen, setChosen] = useState<number[]>([]);
  const toggle = (id: number) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  return (
    <Stack gap={4} component="section" aria-label={t('humas.releases.distribute.title')}>
      <Text size="sm" fw={600}>{t('humas.releases.distribute.title')}</Text>
      <Text size="sm">{t('humas.releases.distribute.help')}</Text>
      <TextInput label={t('humas.releases.distribute.search')} type="search" value={search} onChange={(e) => setSearch(e.currentTarget.value)} maw={360} />
      {journalists.data?.length === 0 && <Text size="sm">{t('humas.releases.distribute.none')}</Text>}
      <Stack gap={2}>
        {journalists.data?.map((j) => (
          <Checkbox
            key={j.id}
            checked={chosen.includes(j.id)}
            onChange={() => toggle(j.id)}
            label={`${j.name} — ${j.outlet.name} (${j.email || t('humas.releases.distribute.noEmail')})`}
          />
        ))}
      </Stack>
      <DownloadButtons
        title=""
        what={t('humas.releases.distribute.what')}
        disabled={chosen.length === 0}
        choices={[{ key: 'zip', label: t('humas.releases.distribute.button', { count: chosen.length }), primary: true }]}
        fetch={() => api.invoke('releases:distribute', { id: detail.id, journalistIds: chosen })}
        doneMessage={(out) =>
          [
            t('humas.releases.distribute.done', { count: out.count, file: out.fileName }),
            out.skipped.length ? t('humas.releases.distribute.skipped', { list: out.skipped.map((s) => `${s.name} (${s.reason})`).join(', ') }) : '',
          ]
            .filter(Boolean)
            .join(' ')
        }
      />
    </Stack>
  );
}
