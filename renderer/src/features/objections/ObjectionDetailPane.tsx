// The right-hand pane for one objection (keberatan): its fields and grounds, the Atasan's deadline
// explained, and the two moves: the Atasan's answer (Ps 36(2)) and a dispute at the KI (Ps 37).
// A granted answer's release task is shown with its date; without a request it is marked done here.
import { useState } from 'react';
import { Button, Divider, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCanCall } from '../../lib/roles';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { ObjectionDetail } from '../../../../shared/ipc/channels/objections';
import { DeadlinePanel } from '../../lib/cases/DeadlinePanel';
import { localParts } from '../../lib/officeTime';
import { objectionKeys, useCreateDispute, useDecideObjection, useMarkReleased, useObjection, useRecordRequesterReply, useWithdrawObjection } from './api';
import { ConflictNotice, useReload, useRowVersion } from '../../forms/conflict';
import { FieldTable, PaneFrame, PaneHeading, PaneQuery } from '../../lib/cases/DetailShell';
import { FeedbackView, useFeedback } from '../../lib/feedback';
import { useOfficeZone } from '../../lib/officeZone';
import { DecideForm, DisputeCreateForm, NoteForm } from './ObjectionForms';
import { LettersPanel } from '../../lib/letters/LettersPanel';

export function ObjectionDetailPane({ id, onClose }: { id: number; onClose: () => void }) {
  const query = useObjection(id);
  return (
    <PaneFrame onClose={onClose}>
      <PaneQuery query={query}>{(detail) => <ObjectionBody detail={detail} />}</PaneQuery>
    </PaneFrame>
  );
}

function ObjectionBody({ detail }: { detail: ObjectionDetail }) {
  const { t } = useTranslation();
  const zone = useOfficeZone();
  const registered = localParts(detail.registeredAt, zone);
  const none = t('objections.detail.none');
  const rows: [string, React.ReactNode][] = [
    [t('objections.detail.status'), t(`objections.statuses.${detail.status}`)],
    [
      t('objections.detail.request'),
      detail.requestNumber === null ? t('objections.detail.withoutRequest') : <Text key="req" span size="sm" ff="monospace">{detail.requestNumber}</Text>,
    ],
    [t('objections.detail.requester'), detail.requesterName],
    ...(detail.objector
      ? ([
          [t('objections.detail.objectorIdentity'), `${t(`cases.idTypes.${detail.objector.idType}`)} ${detail.objector.idNumberMasked}`],
          [t('objections.detail.contact'), [detail.objector.address, detail.objector.phone, detail.objector.email].filter(Boolean).join(' · ')],
        ] as [string, React.ReactNode][])
      : []),
    [t('objections.detail.information'), detail.information],
    [t('objections.detail.purpose'), detail.purpose || none],
    [t('objections.detail.proxyName'), detail.proxyName || none],
    [t('objections.detail.registeredAt'), `${formatTanggal(registered.date)} ${registered.time}`],
    [
      t('objections.detail.grounds'),
      <List key="grounds" size="sm" spacing={0} listStyleType="none" data-testid="objection-grounds">
        {detail.grounds.map((g) => (
          <List.Item key={g}>{t(`objections.grounds.${g}`)}</List.Item>
        ))}
      </List>,
    ],
    [t('objections.detail.caseSummary'), detail.caseSummary],
    [t('objections.detail.atasanDue'), formatTanggal(detail.atasanDue)],
  ];
  if (detail.decision) {
    rows.push([t('objections.detail.decision'), t(`objections.decisions.${detail.decision}`)]);
    rows.push([t('objections.detail.decisionReason'), detail.decisionReason ?? none]);
    rows.push([t('objections.detail.answerDate'), detail.answerDate ? formatTanggal(detail.answerDate) : none]);
    rows.push([t('objections.detail.atasan'), [detail.atasanName, detail.atasanPosition].filter(Boolean).join(', ') || none]);
    rows.push([t('objections.detail.requesterReply'), detail.requesterReply || none]);
  }
  if (detail.releaseDue) {
    rows.push([t('objections.detail.releaseDue'), formatTanggal(detail.releaseDue)]);
    // The request's handover is a local date; the officer's mark an instant, shown in office time.
    const doneDate = detail.releaseDoneAt?.includes('T') ? localParts(detail.releaseDoneAt, zone).date : detail.releaseDoneAt;
    const done = doneDate ? t('objections.detail.releaseDoneAt', { date: formatTanggal(doneDate) }) : t('objections.detail.releasePending');
    rows.push([t('objections.detail.releaseDone'), detail.requestId !== null && !detail.releaseDoneAt ? `${done} (${t('objections.detail.releaseByHandover')})` : done]);
  }
  rows.push([t('objections.detail.disputeWindowDue'), formatTanggal(detail.disputeWindowDue)]);
  return (
    <Stack gap="sm">
      <PaneHeading
        kind={t('objections.detail.objection')}
        number={detail.number}
        due={detail.status === 'registered' ? detail.atasanDue : detail.releaseOpen && detail.releaseDue ? detail.releaseDue : detail.disputeWindowDue}
        standing={detail.standing}
      />
      <ObjectionActions detail={detail} zone={zone} />
      <Divider />
      <LettersPanel caseKind="objection" caseId={detail.id} />
      <Divider />
      <FieldTable rows={rows} />
      <Divider />
      <DeadlinePanel kind="objection" id={detail.id} />
    </Stack>
  );
}

function ObjectionActions({ detail, zone }: { detail: ObjectionDetail; zone: string }) {
  const { t } = useTranslation();
  const decide = useDecideObjection();
  const dispute = useCreateDispute();
  const withdraw = useWithdrawObjection();
  const reply = useRecordRequesterReply();
  const released = useMarkReleased();
  const feedback = useFeedback();
  // The version the open form is based on: a save after another officer's change is refused.
  const version = useRowVersion(detail.version);
  const reload = useReload(objectionKeys.objection(detail.id), version);
  const onError = (error: Error) => version.catch(error) || feedback.onError(error);
  type Mode = 'decide' | 'dispute' | 'withdraw' | 'reply' | 'release';
  const [mode, setMode] = useState<Mode | null>(null);
  // Only what the officer's roles allow (the core refuses the rest with `forbidden` anyway).
  const can = { decide: useCanCall('objections:decide'), reply: useCanCall('objections:recordReply'), dispute: useCanCall('disputes:create'), withdraw: useCanCall('objections:withdraw'), release: useCanCall('objections:markReleased') };
  const buttons: { key: Mode; label: string }[] = [];
  if (detail.status === 'registered' && can.decide) buttons.push({ key: 'decide', label: t('objections.decide.open') });
  // UU KIP Ps 36(2): with a request, its handover closes the task; without one the officer marks it.
  if (detail.releaseOpen && detail.requestId === null && can.release) buttons.push({ key: 'release', label: t('objections.release.open') });
  if (detail.status === 'answered' && can.reply) buttons.push({ key: 'reply', label: t('objections.reply.open') });
  // UU KIP Ps 37(2): after the answer, or once the 30 days lapse unanswered; the backend checks.
  if (detail.status !== 'withdrawn' && can.dispute) buttons.push({ key: 'dispute', label: t('objections.dispute.open') });
  if (detail.status === 'registered' && can.withdraw) buttons.push({ key: 'withdraw', label: t('objections.withdraw.open') });
  const titles: Record<Mode, string> = {
    decide: t('objections.decide.title'),
    dispute: t('objections.dispute.title'),
    withdraw: t('objections.withdraw.title'),
    reply: t('objections.reply.title'),
    release: t('objections.release.title'),
  };
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {mode ? titles[mode] : t('objections.actions.title')}
      </Title>
      {mode === 'decide' ? (
        <DecideForm
          id={detail.id}
          zone={zone}
          pending={decide.isPending}
          issues={feedback.issues}
          onCancel={() => (feedback.reset(), setMode(null))}
          onSubmit={(input) =>
            decide.mutate({ ...input, version: version.base }, {
              onSuccess: (next) => {
                setMode(null);
                feedback.succeed(t('objections.decide.saved', { decision: t(`objections.decisions.${next.decision ?? 'ditolak'}`), date: formatTanggal(next.disputeWindowDue) }));
              },
              onError,
            })
          }
        />
      ) : mode === 'dispute' ? (
        <DisputeCreateForm
          objectionId={detail.id}
          zone={zone}
          pending={dispute.isPending}
          issues={feedback.issues}
          onCancel={() => (feedback.reset(), setMode(null))}
          onSubmit={(input) =>
            dispute.mutate(input, {
              onSuccess: (next) => {
                setMode(null);
                feedback.succeed(t('objections.dispute.saved', { date: formatTanggal(next.kiStartDue) }));
              },
              onError: feedback.onError,
            })
          }
        />
      ) : mode === 'withdraw' ? (
        <NoteForm
          title={titles.withdraw}
          label={t('objections.withdraw.reason')}
          submitLabel={t('objections.withdraw.submit')}
          field="reason"
          pending={withdraw.isPending}
          issues={feedback.issues}
          onCancel={() => (feedback.reset(), setMode(null))}
          onSubmit={(reason) =>
            withdraw.mutate({ id: detail.id, version: version.base, reason }, {
              onSuccess: () => {
                setMode(null);
                feedback.succeed(t('objections.withdraw.saved'));
              },
              onError,
            })
          }
        />
      ) : mode === 'release' ? (
        <NoteForm
          title={titles.release}
          label={t('objections.release.note')}
          submitLabel={t('objections.release.submit')}
          field="note"
          pending={released.isPending}
          issues={feedback.issues}
          onCancel={() => (feedback.reset(), setMode(null))}
          onSubmit={(note) =>
            released.mutate({ id: detail.id, note }, {
              onSuccess: () => {
                setMode(null);
                feedback.succeed(t('objections.release.saved'));
              },
              onError: feedback.onError,
            })
          }
        />
      ) : mode === 'reply' ? (
        <NoteForm
          title={titles.reply}
          label={t('objections.reply.text')}
          submitLabel={t('objections.reply.submit')}
          field="reply"
          initial={detail.requesterReply ?? ''}
          pending={reply.isPending}
          issues={feedback.issues}
          onCancel={() => (feedback.reset(), setMode(null))}
          onSubmit={(text) =>
            reply.mutate({ id: detail.id, version: version.base, reply: text }, {
              onSuccess: () => {
                setMode(null);
                feedback.succeed(t('objections.reply.saved'));
              },
              onError,
            })
          }
        />
      ) : buttons.length === 0 ? (
        <Text size="sm">{t('objections.actions.none')}</Text>
      ) : (
        <Group gap="xs">
          {buttons.map((b) => (
            <Button key={b.key} size="xs" variant="light" onClick={() => (feedback.reset(), version.capture(detail.version), setMode(b.key))}>
              {b.label}
            </Button>
          ))}
        </Group>
      )}
      <ConflictNotice conflict={version.conflict} reloaded={version.reloaded} onReload={reload} />
      <FeedbackView message={feedback.message} failure={feedback.failure} />
    </Stack>
  );
}
