// The media log of a period as an XLSX workbook (media:exportLog), saved through the browser's
// download: the same in the desktop window and in the browser host.
import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { FeedbackView, useFeedback, useOfficeZone } from '../objections/feedback';
import { nowLocalInput } from '../requests/officeTime';

function download(fileName: string, mimeType: string, base64: string) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function MediaLogSection() {
  const { t } = useTranslation();
  const api = useApi();
  const zone = useOfficeZone();
  const today = nowLocalInput(zone).slice(0, 10);
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const feedback = useFeedback();
  const exportLog = useMutation({ mutationFn: () => api.invoke('media:exportLog', { from, to }) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    feedback.reset();
    exportLog.mutate(undefined, {
      onSuccess: (out) => {
        download(out.fileName, out.mimeType, out.dataBase64);
        feedback.succeed(t('media.log.done', { count: out.rows, file: out.fileName }));
      },
      onError: feedback.onError,
    });
  };
  return (
    <form onSubmit={submit} aria-label={t('media.log.title')}>
      <Stack gap="sm" maw={700}>
        <Text size="sm">{t('media.log.intro')}</Text>
        <Group align="flex-start" gap="sm">
          <TextInput type="date" label={t('media.log.from')} value={from} error={feedback.issues.from} onChange={(e) => setFrom(e.currentTarget.value)} />
          <TextInput type="date" label={t('media.log.to')} value={to} error={feedback.issues.to} onChange={(e) => setTo(e.currentTarget.value)} />
        </Group>
        <Group>
          <Button type="submit" loading={exportLog.isPending}>
            {t('media.log.download')}
          </Button>
        </Group>
        <FeedbackView message={feedback.message} failure={feedback.failure} />
      </Stack>
    </form>
  );
}
