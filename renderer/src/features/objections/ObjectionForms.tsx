// The inline forms of the objection and dispute panes: the Atasan's answer (UU KIP Ps 36(2)),
// registering a dispute at the KI (Ps 37) and updating it (Ps 38).
import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DISPUTE_TRANSITIONS, OBJECTION_DECISIONS, type DisputeStatus, type ObjectionDecision } from '../../../../shared/domain/requests/fields';
import type { Input } from '../../../../shared/ipc/contract';
import type { DisputeDetail } from '../../../../shared/ipc/channels/disputes';
import { COURT_STAGES, DISPUTE_OUTCOME_KEYS } from '../../../../shared/ipc/channels/reports';
import type { CourtStage, DisputeOutcomeKind } from '../../../../shared/domain/disputes/outcome';
import { useClientKey } from '../../api';
import { useOfficeProfile } from '../../lib/officeProfile';
import { DateTimeField } from '../../forms/DateTimeField';
import { useOfficeNow } from '../../forms/officeNow';
import { useUnsaved } from '../../forms/unsaved';

interface FormProps<T> {
  pending: boolean;
  issues: Record<string, string>;
  onSubmit: (input: T) => void;
  onCancel: () => void;
}

function Buttons({ pending, submit, onCancel }: { pending: boolean; submit: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      <Button type="submit" size="sm" loading={pending}>
        {submit}
      </Button>
      <Button variant="default" size="sm" onClick={onCancel}>
        {t('objections.actions.cancel')}
      </Button>
    </Group>
  );
}

export function DecideForm({ id, zone, pending, issues, onSubmit, onCancel }: FormProps<Input<'objections:decide'>> & { id: number; zone: string }) {
  const { t } = useTranslation();
  const profile = useOfficeProfile();
  const [decision, setDecision] = useState<ObjectionDecision>('dikabulkan');
  const [reason, setReason] = useState('');
  const office = useOfficeNow(zone);
  const [answerDate, setAnswerDate] = useState(office.today);
  // Defaults from the office profile's Atasan PPID; the officer may change them.
  const [atasanName, setAtasanName] = useState<string | null>(null);
  const [atasanPosition, setAtasanPosition] = useState<string | null>(null);
  const [requesterReply, setRequesterReply] = useState('');
  // UU KIP Ps 36(2): a granted answer orders the release; empty = the backend's default (10 working days).
  const [releaseBy, setReleaseBy] = useState('');
  useUnsaved(!pending && (reason.trim() !== '' || requesterReply.trim() !== '' || releaseBy !== ''));
  const name = atasanName ?? profile.data?.atasan.name ?? '';
  const position = atasanPosition ?? profile.data?.atasan.title ?? '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const granted = decision !== 'ditolak';
    onSubmit({ id, decision, reason, answerDate, atasanName: name, atasanPosition: position, requesterReply, ...(granted && releaseBy ? { releaseBy } : {}) });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('objections.decide.title')}>
      <Stack gap="xs">
        <NativeSelect
          label={t('objections.decide.decision')}
          value={decision}
          data={OBJECTION_DECISIONS.map((d) => ({ value: d, label: t(`objections.decisions.${d}`) }))}
          onChange={(e) => setDecision(e.currentTarget.value as ObjectionDecision)}
          error={issues.decision}
          autoFocus
          data-autofocus
        />
        <Textarea label={t('objections.decide.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={issues.reason} autosize minRows={2} withAsterisk />
        <DateTimeField mode="date" label={t('objections.decide.answerDate')} value={answerDate} onChange={setAnswerDate} error={issues.answerDate} withAsterisk />
        {decision !== 'ditolak' && (
          <DateTimeField mode="date" label={t('objections.decide.releaseBy')} description={t('objections.decide.releaseHelp')} value={releaseBy} onChange={setReleaseBy} error={issues.releaseBy} />
        )}
        <TextInput label={t('objections.decide.atasanName')} description={t('objections.decide.atasanHelp')} value={name} onChange={(e) => setAtasanName(e.currentTarget.value)} error={issues.atasanName} />
        <TextInput label={t('objections.decide.atasanPosition')} value={position} onChange={(e) => setAtasanPosition(e.currentTarget.value)} error={issues.atasanPosition} />
        <Textarea label={t('objections.decide.requesterReply')} value={requesterReply} onChange={(e) => setRequesterReply(e.currentTarget.value)} error={issues.requesterReply} autosize minRows={1} />
        <Buttons pending={pending} submit={t('objections.decide.submit')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

export function DisputeCreateForm({ objectionId, zone, pending, issues, onSubmit, onCancel }: FormProps<Input<'disputes:create'>> & { objectionId: number; zone: string }) {
  const { t } = useTranslation();
  const office = useOfficeNow(zone);
  const [filedDate, setFiledDate] = useState(office.today);
  const [kiRegisterNumber, setKiRegisterNumber] = useState('');
  const [note, setNote] = useState('');
  const [clientKey] = useClientKey();
  useUnsaved(!pending && (kiRegisterNumber.trim() !== '' || note.trim() !== ''));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ objectionId, filedDate, kiRegisterNumber, note, clientKey });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('objections.dispute.title')}>
      <Stack gap="xs">
        <DateTimeField mode="date" label={t('objections.dispute.filedDate')} value={filedDate} onChange={setFiledDate} error={issues.filedDate} withAsterisk autoFocus data-autofocus />
        <TextInput label={t('objections.dispute.kiRegisterNumber')} value={kiRegisterNumber} onChange={(e) => setKiRegisterNumber(e.currentTarget.value)} error={issues.kiRegisterNumber} />
        <Textarea label={t('objections.dispute.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={issues.note} autosize minRows={1} />
        <Buttons pending={pending} submit={t('objections.dispute.submit')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

export function DisputeUpdateForm({ detail, pending, issues, onSubmit, onCancel }: FormProps<Input<'disputes:update'>> & { detail: DisputeDetail }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<DisputeStatus | ''>('');
  const [kiRegisterNumber, setKiRegisterNumber] = useState(detail.kiRegisterNumber);
  const [nextHearingDate, setNextHearingDate] = useState(detail.nextHearingDate ?? '');
  const [outcomeKind, setOutcomeKind] = useState<DisputeOutcomeKind | ''>(detail.outcomeKind ?? '');
  const [courtStage, setCourtStage] = useState<CourtStage>(detail.courtStage);
  const [outcome, setOutcome] = useState(detail.outcome);
  const [outcomeDate, setOutcomeDate] = useState(detail.outcomeDate ?? '');
  const [note, setNote] = useState('');
  // A decided dispute may still go to court (UU KIP Ps 47-50): then only the court stage is asked.
  const courtOnly = detail.status === 'decided';
  useUnsaved(
    !pending &&
      (status !== '' || kiRegisterNumber !== detail.kiRegisterNumber || nextHearingDate !== (detail.nextHearingDate ?? '') || outcomeKind !== (detail.outcomeKind ?? '') ||
        courtStage !== detail.courtStage || outcome !== detail.outcome || outcomeDate !== (detail.outcomeDate ?? '') || note.trim() !== ''),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Only what changed: the backend refuses an update that changes nothing.
    onSubmit({
      id: detail.id,
      ...(status ? { status } : {}),
      ...(kiRegisterNumber !== detail.kiRegisterNumber ? { kiRegisterNumber } : {}),
      ...(nextHearingDate !== (detail.nextHearingDate ?? '') ? { nextHearingDate: nextHearingDate === '' ? null : nextHearingDate } : {}),
      ...(outcomeKind !== '' && outcomeKind !== detail.outcomeKind ? { outcomeKind } : {}),
      ...(courtStage !== detail.courtStage ? { courtStage } : {}),
      ...(outcome !== detail.outcome ? { outcome } : {}),
      ...(outcomeDate !== '' && outcomeDate !== detail.outcomeDate ? { outcomeDate } : {}),
      ...(note.trim() ? { note } : {}),
    });
  };
  const current = t(`objections.disputeStatuses.${detail.status}`);
  const courtField = (
    <NativeSelect
      label={t('objections.dispute.courtStage')}
      description={t('objections.dispute.courtStageHelp')}
      value={courtStage}
      data={COURT_STAGES.map((s) => ({ value: s, label: t(`objections.courtStages.${s}`) }))}
      onChange={(e) => setCourtStage(e.currentTarget.value as CourtStage)}
      error={issues.courtStage}
      {...(courtOnly ? { autoFocus: true, 'data-autofocus': true } : {})}
    />
  );
  return (
    <form onSubmit={submit} noValidate aria-label={courtOnly ? t('objections.dispute.updateCourt') : t('objections.dispute.updateTitle')}>
      <Stack gap="xs">
        {courtOnly ? (
          courtField
        ) : (
          <>
            <NativeSelect
              label={t('objections.dispute.status')}
              value={status}
              data={[
                { value: '', label: t('objections.dispute.keepStatus', { status: current }) },
                ...DISPUTE_TRANSITIONS[detail.status].map((s) => ({ value: s, label: t(`objections.disputeStatuses.${s}`) })),
              ]}
              onChange={(e) => setStatus(e.currentTarget.value as DisputeStatus | '')}
              error={issues.status}
              autoFocus
              data-autofocus
            />
            <TextInput label={t('objections.dispute.kiRegisterNumber')} value={kiRegisterNumber} onChange={(e) => setKiRegisterNumber(e.currentTarget.value)} error={issues.kiRegisterNumber} />
            <DateTimeField mode="date" label={t('objections.dispute.nextHearingDate')} value={nextHearingDate} onChange={setNextHearingDate} error={issues.nextHearingDate} />
            <NativeSelect
              label={t('objections.dispute.outcomeKind')}
              description={t('objections.dispute.outcomeKindHelp')}
              value={outcomeKind}
              data={[
                { value: '', label: t('objections.dispute.outcomeKindNone') },
                ...DISPUTE_OUTCOME_KEYS.filter((k) => k !== 'withdrawn').map((k) => ({ value: k, label: t(`objections.disputeOutcomes.${k}`) })),
              ]}
              onChange={(e) => setOutcomeKind(e.currentTarget.value as DisputeOutcomeKind | '')}
              error={issues.outcomeKind}
            />
            <DateTimeField mode="date" label={t('objections.dispute.outcomeDate')} value={outcomeDate} onChange={setOutcomeDate} error={issues.outcomeDate} />
            {courtField}
            <Textarea label={t('objections.dispute.outcome')} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} error={issues.outcome} autosize minRows={1} />
          </>
        )}
        <Textarea label={t('objections.dispute.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={issues.note} autosize minRows={1} />
        <Buttons pending={pending} submit={t('objections.dispute.submitUpdate')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

/** One required text and a submit: the requester's withdrawal (with why) or later reply to the answer. */
export function NoteForm({ label, title, submitLabel, initial = '', pending, issues, field, onSubmit, onCancel }: FormProps<string> & { label: string; title: string; submitLabel: string; initial?: string; field: string }) {
  const [text, setText] = useState(initial);
  useUnsaved(!pending && text.trim() !== initial.trim());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(text);
  };
  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="xs">
        <Textarea label={label} autosize minRows={2} maxRows={8} value={text} onChange={(e) => setText(e.currentTarget.value)} error={issues[field]} data-autofocus autoFocus />
        <Buttons pending={pending} submit={submitLabel} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
