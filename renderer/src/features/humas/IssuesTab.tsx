// Isu: the issues watched (needing a response first), logging a new one, moving its status, the
// chosen issue's detail with its links, and the one-page daily brief for the leadership.
import { useState, type FormEvent } from 'react';
import { Badge, Button, Grid, Group, NativeSelect, NumberInput, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ISSUE_PLATFORMS, SENTIMENTS, type IssuePlatform, type IssueStatus, type Sentiment } from '../../../../shared/domain/newsroom/issues';
import { useApi } from '../../api';
import { DateTimeField } from '../../forms/DateTimeField';
import { useOfficeNow } from '../../forms/officeNow';
import { useUnsaved } from '../../forms/unsaved';
import { FeedbackView, useFeedback } from '../../lib/feedback';
import { localInputToInstant } from '../../lib/officeTime';
import { useHumasCall, useIssues } from './api';
import { DownloadButtons } from './Download';
import { IssueDetailView } from './IssueDetail';

const NEXT: Record<IssueStatus, IssueStatus | null> = { dipantau: 'perlu_respons', perlu_respons: 'ditangani', ditangani: 'selesai', selesai: null };

export function IssuesTab() {
  const { t } = useTranslation();
  const api = useApi();
  const list = useIssues();
  const move = useHumasCall('issues:move');
  const office = useOfficeNow();
  const [briefDate, setBriefDate] = useState(office.today());
  const [selected, setSelected] = useState<number | null>(null);
  const [formKey, setFormKey] = useState(0);
  const moveFeedback = useFeedback();
  const order = (s: IssueStatus) => ['perlu_respons', 'ditangani', 'dipantau', 'selesai'].indexOf(s);
  const rows = [...(list.data ?? [])].sort((a, b) => order(a.status) - order(b.status) || b.estimatedReach - a.estimatedReach);
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack gap="xs" component="section" aria-labelledby="issues-list-title">
          <Group justify="space-between">
            <Title order={2} size="h3" id="issues-list-title">
              {t('humas.issues.listTitle')}
            </Title>
            <Button size="xs" variant="default" onClick={() => { setSelected(null); setFormKey((k) => k + 1); }}>
              {t('humas.issues.newTitle')}
            </Button>
          </Group>
          {rows.length === 0 ? (
            <Text size="sm">{t('humas.issues.empty')}</Text>
          ) : (
            <Table fz="sm" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('humas.issues.fields.title')}</Table.Th>
                  <Table.Th>{t('humas.issues.fields.platform')}</Table.Th>
                  <Table.Th>{t('humas.issues.fields.estimatedReach')}</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => {
                  const next = NEXT[r.status];
                  return (
                    <Table.Tr key={r.id} aria-selected={selected === r.id}>
                      <Table.Td>
                        <Button variant="subtle" size="compact-sm" px={0} h="auto" py={2} fw={600} onClick={() => setSelected(r.id)} aria-current={selected === r.id ? 'true' : undefined} styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}>
                          {r.title}
                        </Button>
                        <Text size="xs">{[r.opd, r.owner, t(`humas.issues.sentiments.${r.sentiment}`)].filter(Boolean).join(' · ')}</Text>
                      </Table.Td>
                      <Table.Td>{t(`humas.issues.platforms.${r.platform}`)}</Table.Td>
                      <Table.Td>{r.estimatedReach.toLocaleString('id-ID')}</Table.Td>
                      <Table.Td>
                        <Stack gap={4} align="flex-start">
                          <Badge variant="outline" color="dark">{t(`humas.issues.status.${r.status}`)}</Badge>
                          {next && (
                            <Button size="compact-xs" variant="default" onClick={() => move.mutate({ id: r.id, to: next }, { onError: moveFeedback.onError })}>
                              {t('humas.issues.moveTo', { status: t(`humas.issues.status.${next}`) })}
                            </Button>
                          )}
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
          <FeedbackView message={moveFeedback.message} failure={moveFeedback.failure} />
          <Group align="flex-end" gap="sm">
            <DateTimeField mode="date" label={t('humas.issues.brief.date')} value={briefDate} onChange={setBriefDate} w={180} />
            <DownloadButtons
              title={t('humas.issues.brief.title')}
              what={t('humas.issues.brief.what')}
              choices={[
                { key: 'pdf', label: t('humas.issues.brief.pdf'), primary: true },
                { key: 'docx', label: t('humas.issues.brief.docx') },
              ]}
              fetch={(format) => api.invoke('issues:brief', { date: briefDate, format: format as 'pdf' | 'docx' })}
            />
          </Group>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        {selected === null ? <IssueForm key={formKey} /> : <IssueDetailView key={selected} id={selected} />}
      </Grid.Col>
    </Grid>
  );
}

function IssueForm() {
  const { t } = useTranslation();
  const office = useOfficeNow();
  const create = useHumasCall('issues:create');
  const feedback = useFeedback();
  const empty = () => ({
    title: '',
    summary: '',
    sourceUrls: '',
    platform: 'x' as IssuePlatform,
    firstSeenAt: office.nowLocal(),
    estimatedReach: 0 as number | string,
    sentiment: 'negatif' as Sentiment,
    category: '',
    opd: '',
    owner: '',
  });
  const [initial, setInitial] = useState(empty);
  const [v, setV] = useState(initial);
  const release = useUnsaved(JSON.stringify(v) !== JSON.stringify(initial));
  const set = (key: keyof typeof v) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setV((x) => ({ ...x, [key]: value }));
  };
  const issue = (p: string) => feedback.issues[p];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    feedback.reset();
    const firstSeenAt = localInputToInstant(v.firstSeenAt, office.zone);
    if (!firstSeenAt) return feedback.invalid([{ path: 'firstSeenAt', message: t('media.form.badDate') }]);
    create.mutate(
      {
        ...v,
        firstSeenAt,
        estimatedReach: typeof v.estimatedReach === 'number' ? v.estimatedReach : 0,
        sourceUrls: v.sourceUrls.split('\n').map((u) => u.trim()).filter(Boolean),
      },
      {
        onSuccess: () => {
          release();
          const next = empty();
          setInitial(next);
          setV(next);
          feedback.succeed(t('humas.issues.saved'));
        },
        onError: feedback.onError,
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="issue-form-title">
      <Stack gap="xs">
        <Title order={2} size="h3" id="issue-form-title">
          {t('humas.issues.newTitle')}
        </Title>
        <TextInput label={t('humas.issues.fields.title')} withAsterisk value={v.title} onChange={set('title')} error={issue('title')} />
        <Textarea label={t('humas.issues.fields.summary')} autosize minRows={2} value={v.summary} onChange={set('summary')} error={issue('summary')} />
        <Textarea label={t('humas.issues.fields.sourceUrls')} autosize minRows={2} value={v.sourceUrls} onChange={set('sourceUrls')} error={issue('sourceUrls.0') ?? issue('sourceUrls')} />
        <Group grow align="flex-start">
          <NativeSelect label={t('humas.issues.fields.platform')} value={v.platform} onChange={set('platform')} data={ISSUE_PLATFORMS.map((p) => ({ value: p, label: t(`humas.issues.platforms.${p}`) }))} />
          <NativeSelect label={t('humas.issues.fields.sentiment')} value={v.sentiment} onChange={set('sentiment')} data={SENTIMENTS.map((s) => ({ value: s, label: t(`humas.issues.sentiments.${s}`) }))} />
        </Group>
        <Group grow align="flex-start">
          <DateTimeField label={t('humas.issues.fields.firstSeenAt')} zone={office.zone} withAsterisk value={v.firstSeenAt} onChange={(value) => setV((x) => ({ ...x, firstSeenAt: value }))} error={issue('firstSeenAt')} />
          <NumberInput label={t('humas.issues.fields.estimatedReach')} min={0} thousandSeparator="." decimalSeparator="," value={v.estimatedReach} onChange={(value) => setV((x) => ({ ...x, estimatedReach: value }))} error={issue('estimatedReach')} />
        </Group>
        <Group grow align="flex-start">
          <TextInput label={t('humas.issues.fields.category')} value={v.category} onChange={set('category')} />
          <TextInput label={t('humas.issues.fields.opd')} value={v.opd} onChange={set('opd')} />
        </Group>
        <TextInput label={t('humas.issues.fields.owner')} value={v.owner} onChange={set('owner')} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('humas.issues.save')}
          </Button>
        </Group>
        <FeedbackView message={feedback.message} failure={feedback.failure} />
      </Stack>
    </form>
  );
}

