// The SK penetapan DIP (number, date) and its last update (pemutakhiran), printed at the head of the
// published DIP and of the Daftar Informasi yang Dikecualikan; and the export of that second list.
// The published PDF/DOCX are refused until the decree is recorded (the XLSX working copy is not).
import { useEffect, useState, type FormEvent } from 'react';
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { DateTimeField } from '../../forms/DateTimeField';
import { downloadFile } from '../../lib/files';
import { FeedbackView, useFeedback } from '../../lib/feedback';

const FORMATS = ['xlsx', 'pdf', 'docx'] as const;
const KEY = ['archive', 'dipDecree'] as const;

export function DipDecreePanel() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const feedback = useFeedback();
  const decree = useQuery({ queryKey: KEY, queryFn: () => api.invoke('archive:dipDecree', {}) });
  const [form, setForm] = useState({ number: '', date: '', updatedDate: '' });
  useEffect(() => {
    if (decree.data) setForm({ number: decree.data.number, date: decree.data.date ?? '', updatedDate: decree.data.updatedDate ?? '' });
  }, [decree.data]);
  const save = useMutation({
    mutationFn: () => api.invoke('archive:setDipDecree', { number: form.number, date: form.date || null, updatedDate: form.updatedDate || null }),
    onSuccess: (value) => {
      queryClient.setQueryData(KEY, value);
      feedback.succeed(t('archive.decree.saved'));
    },
    onError: feedback.onError,
  });
  const exportList = useMutation({
    mutationFn: (format: (typeof FORMATS)[number]) => api.invoke('archive:exportDip', { format, exempt: true }),
    onSuccess: (file) => {
      downloadFile({ filename: file.fileName, mime: file.mimeType, base64: file.dataBase64 });
      feedback.succeed(t('archive.decree.exported', { file: file.fileName }));
    },
    onError: feedback.onError,
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    feedback.reset();
    save.mutate();
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="archive-decree-title">
      <Title order={2} size="h4" id="archive-decree-title">
        {t('archive.decree.title')}
      </Title>
      <Text size="sm">{t('archive.decree.help')}</Text>
      <form onSubmit={onSubmit} noValidate>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput label={t('archive.decree.number')} value={form.number} onChange={(e) => setForm((f) => ({ ...f, number: e.currentTarget.value }))} error={feedback.issues.number} />
          <DateTimeField mode="date" label={t('archive.decree.date')} value={form.date} onChange={(date) => setForm((f) => ({ ...f, date }))} error={feedback.issues.date} />
          <DateTimeField mode="date" label={t('archive.decree.updatedDate')} value={form.updatedDate} onChange={(updatedDate) => setForm((f) => ({ ...f, updatedDate }))} error={feedback.issues.updatedDate} />
          <Button type="submit" loading={save.isPending}>
            {t('archive.decree.save')}
          </Button>
        </Group>
      </form>
      <Group gap={4} role="group" aria-label={t('archive.decree.export')}>
        <Text size="xs" aria-hidden>
          {t('archive.decree.export')}:
        </Text>
        {FORMATS.map((format) => (
          <Button key={format} variant="default" size="xs" aria-label={t('archive.decree.exportAs', { format: format.toUpperCase() })} loading={exportList.isPending && exportList.variables === format} onClick={() => { feedback.reset(); exportList.mutate(format); }}>
            {format.toUpperCase()}
          </Button>
        ))}
      </Group>
      <FeedbackView message={feedback.message} failure={feedback.failure} />
    </Stack>
  );
}
