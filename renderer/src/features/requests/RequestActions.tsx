import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import { canTransition, resumeStatus } from '../../../../shared/domain/requests/status';
import type { RequestDetail } from '../../../../shared/ipc/channels/requests';
import type { ObjectionDetail } from '../../../../shared/ipc/channels/objections';
import { isApiError } from '../../api';
import { ConflictNotice, useRowVersion } from '../../forms/conflict';
import { ObjectionCreateForm } from '../../lib/cases/ObjectionCreateForm';
import { useScrollIntoView } from '../../lib/feedback';
import { ActionForm, type ActionMode, type ActionSubmit } from './ActionForms';
import { CloseForm } from './CloseForm';
import { casesKeys } from '../../lib/casesKeys';
import { useReopenRequest, useTransitionRequest } from './api';
import { useCanCall } from '../../lib/roles';

/**
 * The channel behind each action button; the others, the extension (UU KIP Ps 22(8)) included, are
 * status moves (`requests:transition`).
 */
const CHANNEL_OF: Partial<Record<string, 'requests:reopen' | 'objections:create'>> = {
  reopen: 'requests:reopen',
  objection: 'objections:create',
};

/** The moves the status machine allows from here, each a button; longer ones open a small form. */
export function RequestActions({ detail }: { detail: RequestDetail }) {
  const { t } = useTranslation();
  const transition = useTransitionRequest();
  const reopen = useReopenRequest();
  const queryClient = useQueryClient();
  // The version the open form is based on: a save after another officer's change is refused.
  const version = useRowVersion(detail.version);
  const [mode, setMode] = useState<ActionMode | 'objection' | 'close' | null>(null);
  const allowed: Record<'requests:transition' | 'requests:reopen' | 'objections:create', boolean> = {
    'requests:transition': useCanCall('requests:transition'),
    'requests:reopen': useCanCall('requests:reopen'),
    'objections:create': useCanCall('objections:create'),
  };
  const [objection, setObjection] = useState<ObjectionDetail | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const from = detail.status;
  const statusRef = useScrollIntoView<HTMLDivElement>(objection);
  const pending = transition.isPending || reopen.isPending;

  const onError = (error: Error) => {
    if (version.catch(error)) return;
    const list = isApiError(error) ? error.issues : [];
    setIssues(Object.fromEntries(list.map((i) => [i.path, i.message])));
    setFailure(t('cases.actions.failed', { message: list.length > 0 ? list.map((i) => i.message).join(' ') : error.message }));
  };
  const start = () => {
    setMessage(null);
    setObjection(null);
    setFailure(null);
    setIssues({});
  };
  const done = (next: RequestDetail, text: string) => {
    version.clear();
    setMode(null);
    setMessage(text);
  };
  const statusName = (s: string) => t(`cases.statuses.${s}` as 'cases.statuses.registered');

  const reload = async () => {
    await queryClient.refetchQueries({ queryKey: casesKeys.request(detail.id) });
    void queryClient.invalidateQueries({ queryKey: casesKeys.all });
    version.reloadedTo(queryClient.getQueryData<RequestDetail>(casesKeys.request(detail.id))?.version ?? detail.version);
  };

  /** `base`: the version the officer acted on (the open form's, or what a one-click button shows now). */
  const run = (input: ActionSubmit, base = version.base) => {
    start();
    if ('reopen' in input) {
      reopen.mutate({ id: detail.id, version: base, reason: input.reopen }, { onSuccess: (next) => done(next, t('closing.reopened', { status: statusName(next.status) })), onError });
      return;
    }
    if ('extend' in input) {
      transition.mutate(
        { id: detail.id, version: base, to: 'extended', reason: input.extend },
        { onSuccess: (next) => done(next, t('cases.actions.extended', { date: formatTanggal(next.currentDueDate) })), onError },
      );
      return;
    }
    transition.mutate({ ...input, version: base }, { onSuccess: (next) => done(next, t('cases.actions.saved', { status: statusName(next.status) })), onError });
  };

  const resumeTo = detail.waitingFrom ? resumeStatus(detail.waitingFrom) : 'in_process';
  const buttons: { key: string; label: string; act: () => void }[] = [];
  if (from === 'registered') buttons.push({ key: 'process', label: t('cases.actions.process'), act: () => run({ id: detail.id, to: 'in_process' }, detail.version) });
  if (from === 'waiting_requester' && resumeTo === 'in_process') {
    buttons.push({ key: 'resume', label: t('cases.actions.resume'), act: () => run({ id: detail.id, to: 'in_process' }, detail.version) });
  }
  if (canTransition(from, 'extended') && from !== 'waiting_requester' && detail.extendedDueDate === null) {
    buttons.push({ key: 'extend', label: t('cases.actions.extend'), act: () => setMode('extend') });
  }
  if (canTransition(from, 'answered')) buttons.push({ key: 'answer', label: t('cases.actions.answer'), act: () => setMode('answer') });
  if (canTransition(from, 'waiting_requester')) buttons.push({ key: 'wait', label: t('cases.actions.wait'), act: () => setMode('wait') });
  // Closing asks for the handover date, fee and payment first (CloseForm); after an unpaid fee is
  // paid, the paused request closes the same way.
  if (from === 'answered' || (from === 'waiting_requester' && resumeTo === 'done')) {
    buttons.push({ key: 'done', label: t('cases.actions.done'), act: () => setMode('close') });
  }
  if (from === 'done' || from === 'withdrawn') buttons.push({ key: 'reopen', label: t('closing.reopen'), act: () => setMode('reopen') });
  if (canTransition(from, 'withdrawn')) buttons.push({ key: 'withdraw', label: t('cases.actions.withdraw'), act: () => setMode('withdraw') });
  // UU KIP Ps 35(1): whether an objection is possible now is the backend's call (its message says why not).
  buttons.push({ key: 'objection', label: t('objections.create.open'), act: () => setMode('objection') });

  // Only what the officer's roles allow (the core refuses the rest with `forbidden` anyway).
  const shown = buttons.filter((button) => allowed[CHANNEL_OF[button.key] ?? 'requests:transition']);

  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {mode === 'extend'
          ? t('cases.actions.extendTitle')
          : mode === 'answer'
            ? t('cases.actions.answerTitle')
            : mode === 'objection'
              ? t('objections.create.title')
              : mode === 'close'
                ? t('closing.title')
                : mode === 'reopen'
                  ? t('closing.reopenTitle')
                  : t('cases.actions.title')}
      </Title>
      {mode === 'objection' ? (
        <ObjectionCreateForm
          requestId={detail.id}
          zone={detail.zone}
          issues={issues}
          onSaved={(saved) => {
            start();
            setMode(null);
            setObjection(saved);
          }}
          onError={onError}
          onInvalid={(list) => {
            setIssues(Object.fromEntries(list.map((i) => [i.path, i.message])));
            setFailure(t('cases.actions.failed', { message: list.map((i) => i.message).join(' ') }));
          }}
          onCancel={() => (start(), setMode(null))}
        />
      ) : mode === 'close' ? (
        <CloseForm detail={detail} pending={pending} issues={issues} onSubmit={run} onCancel={() => setMode(null)} />
      ) : mode ? (
        <ActionForm key={mode} mode={mode} id={detail.id} pending={pending} issues={issues} onSubmit={run} onCancel={() => setMode(null)} />
      ) : shown.length === 0 ? (
        <Text size="sm">{t(buttons.length === 0 ? 'cases.actions.noneAllowed' : 'cases.actions.notYourRole')}</Text>
      ) : (
        <Group gap="xs">
          {shown.map((b) => (
            <Button key={b.key} size="xs" variant={b.key === 'withdraw' || b.key === 'objection' || b.key === 'reopen' ? 'default' : 'light'} onClick={() => (start(), version.capture(detail.version), b.act())} loading={pending && mode === null}>
              {b.label}
            </Button>
          ))}
        </Group>
      )}
      <div role="status" aria-live="polite" ref={statusRef}>
        {message && (
          <Text size="sm" fw={600} c="teal.9">
            {message}
          </Text>
        )}
        {objection && (
          <Text size="sm" fw={600} c="teal.9" data-testid="objection-saved">
            {t('objections.create.saved', { number: objection.number, date: formatTanggal(objection.atasanDue) })}
          </Text>
        )}
      </div>
      <ConflictNotice conflict={version.conflict} reloaded={version.reloaded} onReload={reload} />
      {failure && (
        <Alert color="red" variant="outline" p="xs">
          <Text size="sm" c="red.9">
            {failure}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
