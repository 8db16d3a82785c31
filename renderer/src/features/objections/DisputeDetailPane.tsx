// The right-hand pane for one dispute (sengketa) at the Komisi Informasi: register number, the
// Ps 37(2) window and the KI's Ps 38 dates, and an update of stage, hearing and outcome.
import { useState } from 'react';
import { Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { DisputeDetail } from '../../../../shared/ipc/channels/disputes';
import { DeadlinePanel } from '../../lib/cases/DeadlinePanel';
import { objectionKeys, useDispute, useUpdateDispute } from './api';
import { ConflictNotice, useReload, useRowVersion } from '../../forms/conflict';
import { FieldTable, PaneFrame, PaneHeading, PaneQuery } from '../../lib/cases/DetailShell';
import { FeedbackView, useFeedback } from '../../lib/feedback';
import { DisputeUpdateForm } from './ObjectionForms';
import { APPEALABLE_OUTCOMES } from '../../../../shared/domain/disputes/outcome';

export function DisputeDetailPane({ id, onClose }: { id: number; onClose: () => void }) {
  const query = useDispute(id);
  return (
    <PaneFrame onClose={onClose}>
      <PaneQuery query={query}>{(detail) => <DisputeBody detail={detail} />}</PaneQuery>
    </PaneFrame>
  );
}

function DisputeBody({ detail }: { detail: DisputeDetail }) {
  const { t } = useTranslation();
  const update = useUpdateDispute();
  const feedback = useFeedback();
  // The version the open form is based on: a save after another officer's change is refused.
  const version = useRowVersion(detail.version);
  const reload = useReload(objectionKeys.dispute(detail.id), version);
  const [editing, setEditing] = useState(false);
  const none = t('objections.detail.none');
  const date = (d: string | null) => (d ? formatTanggal(d) : none);
  const rows: [string, React.ReactNode][] = [
    [t('objections.detail.status'), t(`objections.disputeStatuses.${detail.status}`)],
    [t('objections.detail.kiRegisterNumber'), detail.kiRegisterNumber || none],
    [t('objections.detail.objectionNumber'), detail.objectionNumber],
    [t('objections.detail.request'), detail.requestNumber],
    [t('objections.detail.requester'), detail.requesterName],
    [t('objections.detail.filedDate'), date(detail.filedDate)],
    [t('objections.detail.windowDue'), `${date(detail.windowDue)}${detail.filedLate ? ` · ${t('objections.detail.filedLate')}` : ''}`],
    [t('objections.detail.kiStartDue'), date(detail.kiStartDue)],
    [t('objections.detail.kiSettleDue'), date(detail.kiSettleDue)],
    [t('objections.detail.nextHearingDate'), date(detail.nextHearingDate)],
    [t('objections.detail.outcomeKind'), detail.outcomeKind ? t(`objections.disputeOutcomes.${detail.outcomeKind}`) : none],
    [t('objections.detail.courtStage'), t(`objections.courtStages.${detail.courtStage}`)],
    [t('objections.detail.outcome'), detail.outcome || none],
    [t('objections.detail.outcomeDate'), date(detail.outcomeDate)],
  ];
  const open = detail.status !== 'decided' && detail.status !== 'withdrawn';
  // After an adjudication the case may go on to court (UU KIP Ps 47-50); a mediation is final (Ps 39).
  const appealable = detail.status === 'decided' && (APPEALABLE_OUTCOMES as readonly string[]).includes(detail.outcomeKind ?? '');
  return (
    <Stack gap="sm">
      <PaneHeading kind={t('objections.detail.dispute')} number={detail.kiRegisterNumber || detail.objectionNumber} due={detail.currentDueDate} standing={detail.standing} />
      <Stack gap="xs">
        <Title order={3} size="h5">
          {editing ? t('objections.dispute.updateTitle') : t('objections.actions.title')}
        </Title>
        {editing ? (
          <DisputeUpdateForm
            detail={detail}
            pending={update.isPending}
            issues={feedback.issues}
            onCancel={() => (feedback.reset(), setEditing(false))}
            onSubmit={(input) =>
              update.mutate({ ...input, version: version.base }, {
                onSuccess: (next) => {
                  setEditing(false);
                  feedback.succeed(t('objections.dispute.updated', { status: t(`objections.disputeStatuses.${next.status}`) }));
                },
                onError: (error) => version.catch(error) || feedback.onError(error),
              })
            }
          />
        ) : open || appealable ? (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={() => (feedback.reset(), version.capture(detail.version), setEditing(true))}>
              {open ? t('objections.dispute.update') : t('objections.dispute.updateCourt')}
            </Button>
          </Group>
        ) : (
          <Text size="sm">{t('objections.actions.none')}</Text>
        )}
        <ConflictNotice conflict={version.conflict} reloaded={version.reloaded} onReload={reload} />
        <FeedbackView message={feedback.message} failure={feedback.failure} />
      </Stack>
      <Divider />
      <FieldTable rows={rows} />
      <Divider />
      <DeadlinePanel kind="dispute" id={detail.id} />
    </Stack>
  );
}
