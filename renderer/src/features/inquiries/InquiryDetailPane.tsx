// One press inquiry beside the list: its hour clock in words, who asked what, the answer, the
// status actions, coverage, hak jawab/koreksi and the link to the KIP request it became.
import { Anchor, Divider, Group, List, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { InquiryDetail } from '../../../../shared/ipc/channels/inquiries';
import { FieldTable, PaneFrame, PaneQuery } from '../../lib/cases/DetailShell';
import { DueBadge } from '../../lib/cases/DueBadge';
import { useOfficeZone } from '../../lib/officeZone';
import { localParts } from '../../lib/officeTime';
import { useInquiry } from '../../lib/inquiries';
import { useActorLabel } from '../../lib/officer';
import { InquiryActions } from './InquiryActions';
import { ConvertSection, CoverageSection, PressRightSection } from './InquiryFollowUp';
import { canExportStatement, StatementDownload } from './StatementDownload';

export function InquiryDetailPane({ id, onClose }: { id: number; onClose: () => void }) {
  const query = useInquiry(id);
  return (
    <PaneFrame onClose={onClose}>
      <PaneQuery query={query}>{(detail) => <InquiryBody detail={detail} />}</PaneQuery>
    </PaneFrame>
  );
}

function InquiryBody({ detail }: { detail: InquiryDetail }) {
  const { t } = useTranslation();
  const actorLabel = useActorLabel();
  const navigate = useNavigate();
  const zone = useOfficeZone();
  const when = (iso: string | null) => {
    if (!iso) return '—';
    const p = localParts(iso, zone);
    return `${formatTanggal(p.date)} ${p.time}`;
  };
  const state = detail.minutesLeft === null ? null : detail.minutesLeft < 0 ? 'overdue' : detail.minutesLeft <= 120 ? 'due_today' : 'due_soon';
  return (
    <Stack gap="sm">
      <div>
        <Text size="xs" c="gray.8">
          {t('media.kindLabel')} · {t(`media.priorities.${detail.priority}`)}
        </Text>
        <Title order={2} size="h4" ff="monospace" pr={36}>
          {detail.number}
        </Title>
        <Text size="sm">{detail.topic}</Text>
        {detail.dueAt && state && (
          <Group gap="sm" mt={4} data-testid="inquiry-due">
            <Text size="sm" fw={700}>
              {when(detail.dueAt)}
            </Text>
            <DueBadge state={state} workingDaysLeft={0} minutesLeft={detail.minutesLeft} />
          </Group>
        )}
      </div>
      <FieldTable
        rows={[
          [t('media.detail.status'), t(`cases.statuses.${detail.status}`)],
          [t('media.detail.journalist'), [detail.journalist.name, detail.outlet.name, detail.journalist.phone, detail.journalist.email].filter(Boolean).join(' · ')],
          [t('media.detail.received'), `${when(detail.receivedAt)} · ${t(`media.channels.${detail.channel}`)}`],
          [t('media.detail.deadline'), when(detail.deadlineAt)],
          [t('media.detail.ackDue'), when(detail.ackDueAt)],
          [t('media.detail.answerDue'), when(detail.answerDueAt)],
          [t('media.form.format'), `${t(`media.formats.${detail.format}`)} · ${t(`media.recordModes.${detail.recordMode}`)}`],
          [t('media.detail.spokesperson'), [detail.spokesperson, detail.unit].filter(Boolean).join(' · ') || '—'],
          [t('media.form.question'), detail.question],
          [t('media.detail.answer'), detail.answer || t('media.detail.noAnswer')],
        ]}
      />
      {detail.requestId !== null && (
        <Text size="sm">
          {t('media.detail.linkedRequest')}:{' '}
          <Anchor component="button" type="button" onClick={() => void navigate(`/?open=${detail.requestId}`)}>
            {t('media.detail.openRequest', { number: detail.requestNumber })}
          </Anchor>
        </Text>
      )}
      <InquiryActions detail={detail} />
      {canExportStatement(detail) && <StatementDownload detail={detail} />}
      <Divider />
      <CoverageSection detail={detail} />
      <PressRightSection detail={detail} />
      {detail.requestId === null && <ConvertSection detail={detail} />}
      <Divider />
      <Title order={3} size="h6">
        {t('media.detail.history')}
      </Title>
      <List size="sm" spacing={2}>
        {detail.events.map((e, i) => (
          <List.Item key={i}>
            {when(e.at)} · {actorLabel(e.actor)}: {e.note}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
