// The media log of a period (media:exportLog) as an XLSX workbook, or as PDF/DOCX on the
// letterhead, saved through the browser's download: the same in the desktop window and in the
// browser host.
import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { downloadFile } from '../../lib/files';
import { FeedbackView, useFeedback } from '../../lib/feedback';
import { DateTimeField } from '../../forms/DateTimeField';
import { useOfficeNow } from '../../forms/officeNow';

const LOG_FORMATS = ['xlsx', 'pdf', 'docx'] as const;

export function MediaLogSection() {
  const { t } = useTranslation();
  const api = useApi();
  const office = useOfficeNow();
  const [to, setTo] = useState(office.today);
  const [from, setFrom] = useState(() => `${to.slice(0, 8)}01`);
  const [format, setFormat] = useState<(typeof LOG_FORMATS)[number]>('xlsx');
  const feedback = useFeedback();
  const exportLog = useMutation({ mutationFn: () => api.invoke('media:exportLog', { from, to, format }) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    feedback.reset();
    exportLog.mutate(undefined, {
      onSuccess: (out) => {
        downloadFile({ filename: out.fileName, mime: out.mimeType, base64: out.dataBase64 });
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
          <DateTimeField mode="date" label={t('media.log.from')} value={from} error={feedback.issues.from} onChange={setFrom} />
          <DateTimeField mode="date" label={t('media.log.to')} value={to} error={feedback.issues.to} onChange={setTo} />
          <NativeSelect
            label={t('media.log.format')}
            value={format}
            onChange={(e) => setFormat(e.currentTarget.value as typeof format)}
            data={LOG_FORMATS.map((f) => ({ value: f, label: t(`media.log.formats.${f}`) }))}
          />
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
