// The siaran pers in its standard shape: title, date (the dateline's), lead, body paragraphs,
// quotes with name and jabatan, the Humas contact. Creates a draft, or saves a draft's changes.
import { useState, type FormEvent } from 'react';
import { Button, Fieldset, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReleaseDetail } from '../../../../shared/ipc/channels/releases';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import { DateTimeField } from '../../forms/DateTimeField';
import { useOfficeNow } from '../../forms/officeNow';
import { useUnsaved } from '../../forms/unsaved';
import { FeedbackView, useFeedback } from '../../lib/feedback';
import { useOfficeProfile } from '../../lib/officeProfile';
import { useHumasCall } from './api';

interface Quote {
  text: string;
  speaker: string;
  jabatan: string;
}

function initialOf(detail: ReleaseDetail | null, today: string) {
  return {
    title: detail?.title ?? '',
    releaseOn: detail?.releaseOn ?? today,
    lead: detail?.lead ?? '',
    body: detail?.body.join('\n\n') ?? '',
    quotes: (detail?.quotes ?? []) as Quote[],
    contactName: detail?.contact.name ?? '',
    contactPhone: detail?.contact.phone ?? '',
    contactEmail: detail?.contact.email ?? '',
  };
}

export function ReleaseForm({ detail, onSaved }: { detail: ReleaseDetail | null; onSaved: (id: number) => void }) {
  const { t } = useTranslation();
  const office = useOfficeNow();
  const profile = useOfficeProfile();
  const [initial] = useState(() => initialOf(detail, office.today()));
  const [v, setV] = useState(initial);
  const create = useHumasCall('releases:create');
  const update = useHumasCall('releases:update');
  const feedback = useFeedback();
  const dirty = JSON.stringify(v) !== JSON.stringify(initial);
  const release = useUnsaved(dirty);
  const issue = (path: string) => feedback.issues[path];
  const set = (key: keyof typeof v) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setV((x) => ({ ...x, [key]: value }));
  };
  const setQuote = (i: number, key: keyof Quote, value: string) => setV((x) => ({ ...x, quotes: x.quotes.map((q, j) => (j === i ? { ...q, [key]: value } : q)) }));
  const city = profile.data?.city ?? '';
  const dateline = /^\d{4}-\d{2}-\d{2}$/.test(v.releaseOn) ? `${city ? `${city}, ` : ''}${formatTanggal(v.releaseOn)} –` : '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    feedback.reset();
    const fields = {
      title: v.title,
      releaseOn: v.releaseOn,
      lead: v.lead,
      body: v.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
      quotes: v.quotes,
      contact: { name: v.contactName, phone: v.contactPhone, email: v.contactEmail },
    };
    const done = (out: ReleaseDetail) => {
      release();
      feedback.succeed(t('humas.releases.saved', { number: out.number }));
      onSaved(out.id);
    };
    if (detail) update.mutate({ id: detail.id, ...fields }, { onSuccess: done, onError: feedback.onError });
    else create.mutate(fields, { onSuccess: done, onError: feedback.onError });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={detail ? t('humas.releases.editTitle', { number: detail.number }) : t('humas.releases.newTitle')}>
      <Stack gap="xs" maw={820}>
        <Title order={2} size="h3">
          {detail ? t('humas.releases.editTitle', { number: detail.number }) : t('humas.releases.newTitle')}
        </Title>
        <TextInput id="release-title" label={t('humas.releases.fields.title')} withAsterisk value={v.title} onChange={set('title')} error={issue('title')} />
        <DateTimeField
          mode="date"
          label={t('humas.releases.fields.releaseOn')}
          withAsterisk
          value={v.releaseOn}
          onChange={(value) => setV((x) => ({ ...x, releaseOn: value }))}
          error={issue('releaseOn')}
        />
        <Textarea
          label={t('humas.releases.fields.lead')}
          description={dateline ? t('humas.releases.fields.leadHelp', { dateline }) : undefined}
          withAsterisk
          autosize
          minRows={3}
          value={v.lead}
          onChange={set('lead')}
          error={issue('lead')}
        />
        <Textarea label={t('humas.releases.fields.body')} autosize minRows={4} value={v.body} onChange={set('body')} error={issue('body.0')} />
        <Fieldset legend={t('humas.releases.quotesTitle')}>
          <Stack gap="xs">
            {v.quotes.map((q, i) => (
              <Stack key={i} gap={4}>
                <Textarea label={`${t('humas.releases.fields.quoteText')} ${i + 1}`} autosize minRows={2} value={q.text} onChange={(e) => setQuote(i, 'text', e.currentTarget.value)} error={issue(`quotes.${i}.text`)} />
                <Group grow align="flex-start">
                  <TextInput label={t('humas.releases.fields.speaker')} value={q.speaker} onChange={(e) => setQuote(i, 'speaker', e.currentTarget.value)} error={issue(`quotes.${i}.speaker`)} />
                  <TextInput label={t('humas.releases.fields.jabatan')} value={q.jabatan} onChange={(e) => setQuote(i, 'jabatan', e.currentTarget.value)} error={issue(`quotes.${i}.jabatan`)} />
                </Group>
                <Group>
                  <Button size="xs" variant="default" onClick={() => setV((x) => ({ ...x, quotes: x.quotes.filter((_, j) => j !== i) }))}>
                    {t('humas.releases.removeQuote', { n: i + 1 })}
                  </Button>
                </Group>
              </Stack>
            ))}
            <Group>
              <Button size="xs" variant="default" onClick={() => setV((x) => ({ ...x, quotes: [...x.quotes, { text: '', speaker: '', jabatan: '' }] }))}>
                {t('humas.releases.addQuote')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Group grow align="flex-start">
          <TextInput label={t('humas.releases.fields.contactName')} withAsterisk value={v.contactName} onChange={set('contactName')} error={issue('contact.name')} />
          <TextInput label={t('humas.releases.fields.contactPhone')} withAsterisk value={v.contactPhone} onChange={set('contactPhone')} error={issue('contact.phone')} />
          <TextInput label={t('humas.releases.fields.contactEmail')} withAsterisk type="email" value={v.contactEmail} onChange={set('contactEmail')} error={issue('contact.email')} />
        </Group>
        <Group>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {detail ? t('humas.releases.saveChanges') : t('humas.releases.save')}
          </Button>
        </Group>
        <FeedbackView message={feedback.message} failure={feedback.failure} />
      </Stack>
    </form>
  );
}
