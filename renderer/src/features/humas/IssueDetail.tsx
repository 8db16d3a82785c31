// One Isu: what it is, where it was seen, and its links: media inquiries and siaran pers (any
// number) and one klarifikasi, each linked from a picker of the existing items by number and
// title and unlinked by a button (issues:link, audited and written to the issue's history).
import { useState } from 'react';
import { Anchor, Badge, Button, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { IssueDetail } from '../../../../shared/ipc/channels/issues';
import { FeedbackView, useFeedback } from '../../lib/feedback';
import { localParts } from '../../lib/officeTime';
import { useOfficeZone } from '../../lib/officeZone';
import { useHumasCall, useIssue, useLinkable, type LinkKind } from './api';

export function IssueDetailView({ id }: { id: number }) {
  const { t } = useTranslation();
  const zone = useOfficeZone();
  const at = (iso: string) => {
    const p = localParts(iso, zone);
    return `${formatTanggal(p.date)} ${p.time}`;
  };
  const detail = useIssue(id).data;
  if (!detail) return null;
  return (
    <Stack gap="md" component="section" aria-label={detail.title}>
      <Stack gap={2}>
        <Title order={2} size="h3">
          {detail.title}
        </Title>
        <Group gap="xs">
          <Badge variant="outline" color="dark">{t(`humas.issues.status.${detail.status}`)}</Badge>
          <Text size="sm">{[t(`humas.issues.platforms.${detail.platform}`), t(`humas.issues.sentiments.${detail.sentiment}`), detail.opd, detail.owner].filter(Boolean).join(' · ')}</Text>
        </Group>
        <Text size="sm">{t('humas.issues.detail.seen', { at: at(detail.firstSeenAt), reach: detail.estimatedReach.toLocaleString('id-ID') })}</Text>
        {detail.summary && <Text size="sm">{detail.summary}</Text>}
      </Stack>
      {detail.sourceUrls.length > 0 && (
        <Stack gap={2}>
          <Text size="sm" fw={600}>{t('humas.issues.detail.sources')}</Text>
          <List size="sm">
            {detail.sourceUrls.map((url) => (
              <List.Item key={url}>
                <Anchor href={url} target="_blank" rel="noreferrer">{url}</Anchor>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      <IssueLinks detail={detail} />
      <Stack gap={2} component="section" aria-label={t('humas.issues.detail.timeline')}>
        <Text size="sm" fw={600}>{t('humas.issues.detail.timeline')}</Text>
        <List size="sm">
          {detail.events.map((e, i) => (
            <List.Item key={i}>
              {at(e.at)} · {e.actor}
              {e.toStatus ? ` · ${t(`humas.issues.status.${e.toStatus as IssueDetail['status']}`)}` : ''}
              {e.note ? ` — ${e.note}` : ''}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Stack>
  );
}

interface Item {
  id: number;
  label: string;
}

function IssueLinks({ detail }: { detail: IssueDetail }) {
  const { t } = useTranslation();
  const link = useHumasCall('issues:link');
  const feedback = useFeedback();
  const clarifications = useLinkable('clarification');
  const clarification = detail.clarificationId;
  const clarificationItem = clarifications.data?.find((c) => c.id === clarification);
  const linked: Record<LinkKind, Item[]> = {
    inquiry: detail.inquiries.map((i) => ({ id: i.id, label: `${i.number} — ${i.topic}` })),
    release: detail.releases.map((r) => ({ id: r.id, label: `${r.number} — ${r.title}` })),
    clarification:
      clarification === null
        ? []
        : [{ id: clarification, label: clarificationItem ? `${clarificationItem.number} — ${clarificationItem.title}` : t('humas.issues.link.unknownClarification', { id: clarification }) }],
  };
  const change = (kind: LinkKind, item: Item, remove: boolean) => {
    feedback.reset();
    link.mutate(
      { id: detail.id, kind, targetId: item.id, remove },
      { onSuccess: () => feedback.succeed(t(remove ? 'humas.issues.link.unlinked' : 'humas.issues.link.linked', { item: item.label })), onError: feedback.onError },
    );
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="issue-links-title">
      <Title order={3} size="h4" id="issue-links-title">
        {t('humas.issues.link.title')}
      </Title>
      {(['inquiry', 'release', 'clarification'] as const).map((kind) => (
        <LinkGroup key={kind} kind={kind} linked={linked[kind]} busy={link.isPending} onChange={(item, remove) => change(kind, item, remove)} />
      ))}
      <FeedbackView message={feedback.message} failure={feedback.failure} />
    </Stack>
  );
}

/** The linked items of one kind with their unlink buttons, and a picker of the others. */
function LinkGroup({ kind, linked, busy, onChange }: { kind: LinkKind; linked: Item[]; busy: boolean; onChange: (item: Item, remove: boolean) => void }) {
  const { t } = useTranslation();
  const options = useLinkable(kind);
  const [choice, setChoice] = useState('');
  const taken = new Set(linked.map((l) => l.id));
  const free = (options.data ?? []).filter((o) => !taken.has(o.id)).map((o) => ({ id: o.id, label: `${o.number} — ${o.title}` }));
  const chosen = free.find((o) => String(o.id) === choice);
  // One klarifikasi per isu: choosing another replaces it.
  const replaces = kind === 'clarification' && linked.length > 0;
  const headingId = `issue-link-${kind}`;
  return (
    <Stack gap={4} component="section" aria-labelledby={headingId}>
      <Text size="sm" fw={600} id={headingId}>
        {t(`humas.issues.link.${kind}.title`)}
      </Text>
      {linked.length === 0 ? (
        <Text size="sm">{t(`humas.issues.link.${kind}.none`)}</Text>
      ) : (
        <List size="sm">
          {linked.map((item) => (
            <List.Item key={item.id}>
              {item.label}{' '}
              <Button size="compact-xs" variant="default" disabled={busy} aria-label={t('humas.issues.link.removeLabel', { item: item.label })} onClick={() => onChange(item, true)}>
                {t('humas.issues.link.remove')}
              </Button>
            </List.Item>
          ))}
        </List>
      )}
      {free.length === 0 ? (
        options.data && <Text size="xs" c="gray.7">{t(`humas.issues.link.${kind}.empty`)}</Text>
      ) : (
        <Group gap="xs" align="flex-end">
          <NativeSelect
            label={t(`humas.issues.link.${kind}.pick`)}
            value={choice}
            onChange={(e) => setChoice(e.currentTarget.value)}
            data={[{ value: '', label: t('humas.issues.link.choose') }, ...free.map((o) => ({ value: String(o.id), label: o.label }))]}
            w={360}
            maw="100%"
          />
          <Button
            variant="default"
            disabled={!chosen || busy}
            onClick={() => {
              if (!chosen) return;
              onChange(chosen, false);
              setChoice('');
            }}
          >
            {t(replaces ? 'humas.issues.link.replace' : 'humas.issues.link.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
