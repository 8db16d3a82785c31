// "Klarifikasi baru": label, title, claim, facts, source, links, OPD, alt text, crisis mode.
// Checked with the contract's own schema before sending, so the messages are the core's.
import { useEffect, useState, type FormEvent } from 'react';
import { Button, Checkbox, NativeSelect, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CLARIFICATION_LABELS } from '../../../../shared/domain/newsroom/clarifications';
import { contract } from '../../../../shared/ipc/contract';
import { FeedbackView, useFeedback } from '../../lib/feedback';
import { useUnsaved } from '../../forms/unsaved';
import { useNewsroomCall } from './api';

const EMPTY = { label: 'HOAKS', title: '', claim: '', facts: '', source: '', links: '', opd: '', altText: '', crisis: false };

export function ClarificationForm({ onSaved }: { onSaved: (id: number) => void }) {
  const { t } = useTranslation();
  const create = useNewsroomCall('clarifications:create');
  const feedback = useFeedback();
  const [v, setV] = useState(EMPTY);
  useUnsaved(!create.isPending && JSON.stringify(v) !== JSON.stringify(EMPTY));
  // Opened by N or the button: the cursor starts in the first field.
  useEffect(() => document.getElementById('clarification-label')?.focus(), []);
  const set = (key: keyof typeof EMPTY) => (e: { currentTarget: { value: string; checked?: boolean } }) => {
    const value = key === 'crisis' ? Boolean(e.currentTarget.checked) : e.currentTarget.value;
    setV((old) => ({ ...old, [key]: value }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = { ...v, links: v.links.split('\n').map((l) => l.trim()).filter(Boolean) };
    const parsed = contract['clarifications:create'].input.safeParse(input);
    if (!parsed.success) return feedback.invalid(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    create.mutate(parsed.data as never, {
      onSuccess: (c) => {
        setV(EMPTY);
        feedback.succeed(t('newsroom.form.saved', { number: c.number }));
        onSaved(c.id);
      },
      onError: feedback.onError,
    });
  };
  const err = (path: string) => feedback.issues[path];
  return (
    <form onSubmit={submit} noValidate aria-labelledby="clarification-form-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="clarification-form-title">
          {t('newsroom.form.title')}
        </Title>
        <NativeSelect id="clarification-label" label={t('newsroom.form.label')} value={v.label} onChange={set('label')} data={CLARIFICATION_LABELS.map((l) => ({ value: l, label: t(`newsroom.labels.${l}`) }))} />
        <TextInput label={t('newsroom.form.titleField')} value={v.title} onChange={set('title')} error={err('title')} required />
        <Textarea label={t('newsroom.form.claim')} value={v.claim} onChange={set('claim')} error={err('claim')} autosize minRows={3} required />
        <Textarea label={t('newsroom.form.facts')} value={v.facts} onChange={set('facts')} error={err('facts')} autosize minRows={4} required />
        <TextInput label={t('newsroom.form.source')} value={v.source} onChange={set('source')} error={err('source')} />
        <Textarea label={t('newsroom.form.links')} value={v.links} onChange={set('links')} error={Object.entries(feedback.issues).find(([k]) => k.startsWith('links'))?.[1]} autosize minRows={2} />
        <TextInput label={t('newsroom.form.opd')} value={v.opd} onChange={set('opd')} error={err('opd')} />
        <Textarea label={t('newsroom.form.altText')} value={v.altText} onChange={set('altText')} error={err('altText')} autosize minRows={2} />
        <Checkbox label={t('newsroom.form.crisis')} checked={v.crisis} onChange={set('crisis')} />
        <FeedbackView message={feedback.message} failure={feedback.failure} />
        <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('newsroom.form.save')}
        </Button>
      </Stack>
    </form>
  );
}
