// Pengaturan › Data pribadi (UU 27/2022): the retention period, a preview of the closed cases whose
// retention has ended (a dry run: nothing changes), and the anonymisation itself after a confirmation.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Fieldset, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../../../shared/domain/calendar/format';
import { contract } from '../../../../../shared/ipc/contract';
import type { AnonymiseReport, RetentionView } from '../../../../../shared/ipc/channels/pdp';
import { isApiError, isUnreachable } from '../../../api';
import { useAnonymise, useRetention, useSetRetention } from '../../../lib/pdp';
import { coreMessageIn } from '../../../i18n/coreMessages';
import { SavedNotice } from '../../../forms/SavedNotice';

/** Cases to erase: requests with their objections, and objections filed without a request (each a case of its own). */
const casesOf = (r: AnonymiseReport) => r.counts.requests + r.counts.objectionsWithoutRequest;

/** The preview shows this many cases; the count covers all. */
const LIST_LIMIT = 50;

export function PdpSection() {
  const { t } = useTranslation();
  const retention = useRetention();
  return (
    <Fieldset legend={t('pdp.settings.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('pdp.settings.intro')}</Text>
        {retention.data ? <RetentionForm saved={retention.data} /> : <Text size="sm">{retention.isError ? retention.error.message : t('app.loading')}</Text>}
        <AnonymiseControls />
      </Stack>
    </Fieldset>
  );
}

function useErrorText() {
  const { t } = useTranslation();
  return (error: unknown) => t('pdp.settings.failed', { message: isUnreachable(error) ? t('errors.unreachable') : isApiError(error) ? error.message : String(error) });
}

function RetentionForm({ saved }: { saved: RetentionView }) {
  const { t, i18n } = useTranslation();
  const save = useSetRetention();
  const errorText = useErrorText();
  const [years, setYears] = useState(String(saved.years));
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => setYears(String(saved.years)), [saved.years]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const parsed = contract['pdp:setRetention'].input.safeParse({ years: years.trim() === '' ? undefined : Number(years.trim()) });
    if (!parsed.success) {
      setError(parsed.error.issues[0] ? coreMessageIn(i18n.language, parsed.error.issues[0].message) : null);
      return;
    }
    setError(null);
    save.mutate(parsed.data, {
      onSuccess: (view) => setNotice(t('pdp.settings.saved', { years: view.years })),
      onError: (e) => setError(errorText(e)),
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('pdp.settings.save')}>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('pdp.settings.years')}
          description={t('pdp.settings.yearsHint', { default: saved.defaultYears })}
          inputMode="numeric"
          w={340}
          value={years}
          error={error}
          onChange={(e) => {
            setNotice(null);
            setYears(e.currentTarget.value);
          }}
        />
        <Button type="submit" loading={save.isPending}>
          {t('pdp.settings.save')}
        </Button>
      </Group>
      <SavedNotice notice={notice} mt={4} />
    </form>
  );
}

function AnonymiseControls() {
  const { t } = useTranslation();
  const run = useAnonymise();
  const errorText = useErrorText();
  const [preview, setPreview] = useState<AnonymiseReport | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const ask = (dryRun: boolean) => {
    setMessage(null);
    run.mutate(
      { dryRun },
      {
        onSuccess: (report) => {
          setConfirming(false);
          if (report.dryRun) setPreview(report);
          else {
            setPreview(null);
            setMessage({ text: t('pdp.settings.done', { count: casesOf(report), journalists: report.counts.journalists, seq: report.auditSeq }), error: false });
          }
        },
        onError: (e) => setMessage({ text: errorText(e), error: true }),
      },
    );
  };
  const due = preview ? casesOf(preview) + preview.counts.journalists : 0;

  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Button variant="default" onClick={() => ask(true)} loading={run.isPending && !confirming}>
          {t('pdp.settings.preview')}
        </Button>
        <Button color="red.9" disabled={!preview || due === 0 || confirming} onClick={() => setConfirming(true)}>
          {t('pdp.settings.run')}
        </Button>
      </Group>
      <div role="status" aria-live="polite">
        {preview && (
          <Text size="sm" fw={600}>
            {due === 0
              ? t('pdp.settings.previewNone', { cutoff: formatTanggal(preview.cutoff) })
              : t('pdp.settings.previewSome', { count: casesOf(preview), cutoff: formatTanggal(preview.cutoff), journalists: preview.counts.journalists })}
          </Text>
        )}
        {message && (
          <Text size="sm" c={message.error ? 'red.9' : 'teal.9'} fw={600}>
            {message.text}
          </Text>
        )}
      </div>
      {preview && preview.cases.length > 0 && <PreviewTable report={preview} />}
      {confirming && preview && (
        <div role="alertdialog" aria-labelledby="pdp-confirm-title" aria-describedby="pdp-confirm-text" onKeyDown={(e) => e.key === 'Escape' && setConfirming(false)}>
          <Stack gap="xs">
            <Title order={3} size="h5" id="pdp-confirm-title">
              {t('pdp.settings.confirmTitle', { count: preview.counts.requests })}
            </Title>
            <Text size="sm" id="pdp-confirm-text">
              {t('pdp.settings.confirmText')}
            </Text>
            <Group gap="sm">
              <Button ref={confirmButton} color="red.9" onClick={() => ask(false)} loading={run.isPending}>
                {t('pdp.settings.confirm')}
              </Button>
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('pdp.settings.cancel')}
              </Button>
            </Group>
          </Stack>
        </div>
      )}
    </Stack>
  );
}

function PreviewTable({ report }: { report: AnonymiseReport }) {
  const { t } = useTranslation();
  const shown = report.cases.slice(0, LIST_LIMIT);
  return (
    <>
      <Table striped withTableBorder fz="sm" maw={720}>
        <Table.Caption>{t('pdp.settings.listCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('pdp.settings.number')}</Table.Th>
            <Table.Th>{t('pdp.settings.closedOn')}</Table.Th>
            <Table.Th>{t('pdp.settings.objections')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((c) => (
            <Table.Tr key={c.requestId}>
              <Table.Td>{c.number}</Table.Td>
              <Table.Td>{formatTanggal(c.closedOn)}</Table.Td>
              <Table.Td>{c.objections.join(', ') || '-'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {report.cases.length > shown.length && <Text size="sm">{t('pdp.settings.more', { count: report.cases.length - shown.length })}</Text>}
    </>
  );
}
