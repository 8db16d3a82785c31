// The statement library: approved statements, searched by words (quoted prefix search in the
// core), and added here; the inquiry pane offers them as "Pakai pernyataan".
import { useState, type FormEvent } from 'react';
import { Button, Card, Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import { useClientKey } from '../../api';
import { FeedbackView, useFeedback } from '../../lib/feedback';
import { useSaveStatement, useStatements } from '../../lib/inquiries';

export function StatementsSection() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const list = useStatements(search.trim());
  const save = useSaveStatement();
  const feedback = useFeedback();
  const [clientKey, renewClientKey] = useClientKey();
  const [form, setForm] = useState({ title: '', body: '', topic: '', approvedBy: '' });
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setForm((f) => ({ ...f, [key]: value }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    feedback.reset();
    save.mutate({ ...form, clientKey }, {
      onSuccess: (s) => {
        feedback.succeed(t('media.statements.saved', { title: s.title }));
        setForm({ title: '', body: '', topic: '', approvedBy: '' });
        renewClientKey();
      },
      onError: feedback.onError,
    });
  };
  return (
    <Stack gap="sm" maw={1000}>
      <TextInput label={t('media.statements.search')} type="search" value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
      {list.data && list.data.length === 0 && <Text size="sm" c="gray.8">{t('media.statements.none')}</Text>}
      {(list.data ?? []).map((s) => (
        <Card key={s.id} withBorder padding="sm" component="article" aria-labelledby={`statement-${s.id}`}>
          <Title order={3} size="h6" id={`statement-${s.id}`}>
            {s.title}
          </Title>
          <Text size="xs" c="gray.8">
            {[s.topic, t('media.statements.approved', { by: s.approvedBy, date: formatTanggal(s.approvedOn) })].filter(Boolean).join(' · ')}
          </Text>
          <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line' }}>
            {s.body}
          </Text>
        </Card>
      ))}
      <form onSubmit={submit} aria-labelledby="statement-add">
        <Stack gap="xs">
          <Title order={2} size="h5" id="statement-add">
            {t('media.statements.add')}
          </Title>
          <Group grow gap="xs" align="flex-start">
            <TextInput label={t('media.statements.title')} withAsterisk value={form.title} error={feedback.issues.title} onChange={set('title')} />
            <TextInput label={t('media.statements.topic')} value={form.topic} onChange={set('topic')} />
            <TextInput label={t('media.statements.approvedBy')} value={form.approvedBy} onChange={set('approvedBy')} />
          </Group>
          <Textarea label={t('media.statements.body')} withAsterisk autosize minRows={3} value={form.body} error={feedback.issues.body} onChange={set('body')} />
          <Group>
            <Button type="submit" loading={save.isPending}>{t('media.statements.add')}</Button>
          </Group>
          <FeedbackView message={feedback.message} failure={feedback.failure} />
        </Stack>
      </form>
    </Stack>
  );
}
