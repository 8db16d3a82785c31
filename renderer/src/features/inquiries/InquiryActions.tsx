// The next step of an inquiry: assign (spokesperson), submit an answer (typed or taken from the
// statement library), approve or send back, close. The core refuses any other move.
import { useEffect, useState } from 'react';
import { Button, Group, NativeSelect, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InquiryStatus } from '../../../../shared/domain/inquiries';
import type { InquiryDetail } from '../../../../shared/ipc/channels/inquiries';
import { FeedbackView, useFeedback } from '../../lib/feedback';
import { mediaKeys, useMoveInquiry, useStatements } from '../../lib/inquiries';
import { ConflictNotice, useReload, useRowVersion } from '../../forms/conflict';

export function InquiryActions({ detail }: { detail: InquiryDetail }) {
  const { t } = useTranslation();
  const move = useMoveInquiry();
  const feedback = useFeedback();
  const [spokesperson, setSpokesperson] = useState(detail.spokesperson);
  const [unit, setUnit] = useState(detail.unit);
  const [answer, setAnswer] = useState(detail.answer);
  const [statementId, setStatementId] = useState<number | undefined>(detail.statementId ?? undefined);
  const statements = useStatements('');
  // The version the officer's typing is based on; while nothing is typed, what is on screen.
  const version = useRowVersion(detail.version);
  const reload = useReload(mediaKeys.inquiry(detail.id), version);
  const [typed, setTyped] = useState(false);
  useEffect(() => {
    if (!typed) version.capture(detail.version);
  }, [detail.version]);
  const typing = <T,>(set: (value: T) => void) => (value: T) => (setTyped(true), set(value));
  if (detail.status === 'selesai') return null;

  const go = (to: InquiryStatus) => {
    feedback.reset();
    // The core says the same; checked here so the field is marked before a round trip.
    if (to === 'ditugaskan' && spokesperson.trim() === '') {
      feedback.invalid([{ path: 'spokesperson', message: t('media.actions.needSpokesperson') }]);
      return;
    }
    move.mutate(
      { id: detail.id, version: version.base, to, spokesperson, unit, answer, ...(statementId ? { statementId } : {}) },
      {
        onSuccess: (next) => {
          setTyped(false);
          version.capture(next.version);
          feedback.succeed(t('media.actions.done', { status: t(`cases.statuses.${to}`) }));
        },
        onError: (error) => version.catch(error) || feedback.onError(error),
      },
    );
  };
  const writing = detail.status === 'ditugaskan' || detail.status === 'menunggu_persetujuan';
  return (
    <Stack gap="xs" component="section" aria-labelledby={`inq-actions-${detail.id}`}>
      <Title order={3} size="h6" id={`inq-actions-${detail.id}`}>
        {t('media.actions.title')}
      </Title>
      {detail.status === 'baru' && (
        <Group grow align="flex-start">
          <TextInput label={t('media.detail.spokesperson')} value={spokesperson} error={feedback.issues.spokesperson} onChange={(e) => typing(setSpokesperson)(e.currentTarget.value)} />
          <TextInput label={t('media.detail.unit')} value={unit} onChange={(e) => typing(setUnit)(e.currentTarget.value)} />
        </Group>
      )}
      {writing && (
        <>
          <NativeSelect
            label={t('media.actions.useStatement')}
            value={statementId ? String(statementId) : ''}
            data={[{ value: '', label: t('media.actions.noStatement') }, ...(statements.data ?? []).map((s) => ({ value: String(s.id), label: s.title }))]}
            onChange={(e) => {
              const id = Number(e.currentTarget.value);
              const picked = statements.data?.find((s) => s.id === id);
              setTyped(true);
              setStatementId(picked?.id);
              if (picked) setAnswer(picked.body);
            }}
          />
          <Textarea label={t('media.detail.answer')} autosize minRows={3} value={answer} error={feedback.issues.answer} onChange={(e) => typing(setAnswer)(e.currentTarget.value)} />
        </>
      )}
      <Group gap="xs">
        {detail.status === 'baru' && <Button onClick={() => go('ditugaskan')} loading={move.isPending}>{t('media.actions.assign')}</Button>}
        {detail.status === 'ditugaskan' && <Button onClick={() => go('menunggu_persetujuan')} loading={move.isPending}>{t('media.actions.submit')}</Button>}
        {detail.status === 'menunggu_persetujuan' && (
          <>
            <Button onClick={() => go('dijawab')} loading={move.isPending}>{t('media.actions.approve')}</Button>
            <Button variant="default" onClick={() => go('ditugaskan')}>{t('media.actions.sendBack')}</Button>
          </>
        )}
        {detail.status === 'dijawab' && <Button onClick={() => go('selesai')} loading={move.isPending}>{t('media.actions.close')}</Button>}
      </Group>
      <ConflictNotice conflict={version.conflict} reloaded={version.reloaded} onReload={reload} />
      <FeedbackView message={feedback.message} failure={feedback.failure} />
    </Stack>
  );
}
