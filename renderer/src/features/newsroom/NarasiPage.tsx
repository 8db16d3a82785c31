// Humas › Paket narasi: the office key's fingerprint, a new paket (key messages, Q&A, expiry), the
// statement library (own and imported, expired flagged) with approve and the signed bundle, and
// the import of another office's bundle (checked against a trusted key; --trust from the form).
import { useState, type FormEvent } from 'react';
import { Badge, Button, Code, FileInput, Grid, Group, List, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { NarasiDetail } from '../../../../shared/ipc/channels/narasi';
import { useApi } from '../../api';
import { PageHeading } from '../../shell/PageHeading';
import { downloadFile } from '../../lib/files';
import { FeedbackView, useFeedback } from '../../lib/feedback';
import { useNarasiList, useNewsroomCall, useOfficeKey, useTrustedKeys } from './api';
import { NewsroomTabs } from '../../shell/NewsroomTabs';
import { parseQa } from './qa';

export function NarasiPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const list = useNarasiList(search);
  return (
    <Stack gap="sm">
      <PageHeading>{t('newsroom.narasi.title')}</PageHeading>
      <NewsroomTabs />
      <OfficeKeyCard />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="xs" component="section" aria-labelledby="library-title">
            <Title order={2} size="h3" id="library-title">
              {t('newsroom.narasi.library')}
            </Title>
            <TextInput type="search" label={t('newsroom.narasi.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
            {list.data?.length === 0 && <Text size="sm">{t('newsroom.narasi.empty')}</Text>}
            {list.data?.map((p) => <PaketCard key={p.id} paket={p} />)}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <NewPaketForm />
            <ImportForm />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function OfficeKeyCard() {
  const { t } = useTranslation();
  const key = useOfficeKey();
  const trusted = useTrustedKeys();
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="office-key-title">
      <Title order={2} size="h4" id="office-key-title">
        {t('newsroom.narasi.officeKey')}
      </Title>
      <Text size="sm" mt={4}>
        {t('newsroom.narasi.fingerprint')}:{' '}
        <Code data-testid="office-fingerprint" fz="sm">
          {key.data?.grouped ?? '…'}
        </Code>
      </Text>
      <Text size="xs" c="gray.8">
        {t('newsroom.narasi.fingerprintHelp')}
      </Text>
      <Text size="sm" fw={600} mt="xs">
        {t('newsroom.narasi.trusted')}
      </Text>
      {trusted.data?.length === 0 && <Text size="xs">{t('newsroom.narasi.noTrusted')}</Text>}
      <List size="xs">
        {trusted.data?.map((k) => (
          <List.Item key={k.fingerprint}>
            {k.label || '—'}: <Code fz="xs">{k.grouped}</Code>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}

function PaketCard({ paket }: { paket: NarasiDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const feedback = useFeedback();
  const approve = useNewsroomCall('narasi:approve');
  const bundle = useMutation({ mutationFn: () => api.invoke('narasi:exportBundle', { id: paket.id }) });
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={`paket-${paket.id}`}>
      <Group gap="xs">
        <Title order={3} size="h5" id={`paket-${paket.id}`}>
          {paket.title}
        </Title>
        <Badge variant="outline" color="gray.7">
          {t('newsroom.narasi.version', { version: paket.version })}
        </Badge>
        {paket.expired && <Badge color="red.9">{t('newsroom.narasi.expired')}</Badge>}
        <Badge variant="outline" color={paket.origin === 'impor' ? 'indigo.9' : 'teal.9'}>
          {paket.origin === 'impor' ? t('newsroom.narasi.origin.impor', { office: paket.originOffice }) : t('newsroom.narasi.origin.lokal')}
        </Badge>
      </Group>
      <Text size="xs" c="gray.8">
        {`${t('newsroom.narasi.validUntil', { date: paket.expiresOn })} · ${paket.approvedBy ? t('newsroom.narasi.approved', { by: paket.approvedBy, on: paket.approvedOn }) : t('newsroom.narasi.notApproved')}`}
      </Text>
      <Text size="sm" fw={600} mt={4}>
        {t('newsroom.narasi.keyMessagesHeading')}
      </Text>
      <List size="sm">
        {paket.keyMessages.map((m, i) => (
          <List.Item key={i}>{m}</List.Item>
        ))}
      </List>
      {paket.qa.length > 0 && (
        <>
          <Text size="sm" fw={600} mt={4}>
            {t('newsroom.narasi.qaHeading')}
          </Text>
          {paket.qa.map((qa, i) => (
            <Text size="sm" key={i}>
              <strong>{qa.q}</strong> {qa.a}
            </Text>
          ))}
        </>
      )}
      {paket.origin === 'lokal' && (
        <Group gap="xs" mt="xs">
          {!paket.approvedBy && (
            <Button size="xs" variant="default" loading={approve.isPending} onClick={() => approve.mutate({ id: paket.id }, { onError: feedback.onError })}>
              {t('newsroom.narasi.approve')}
            </Button>
          )}
          {paket.approvedBy && !paket.expired && (
            <Button
              size="xs"
              loading={bundle.isPending}
              onClick={() =>
                bundle.mutate(undefined, {
                  onSuccess: (f) => {
                    downloadFile({ filename: f.fileName, mime: f.mimeType, base64: f.dataBase64 });
                    feedback.succeed(t('newsroom.detail.downloaded', { file: f.fileName }));
                  },
                  onError: feedback.onError,
                })
              }
            >
              {t('newsroom.narasi.exportBundle')}
            </Button>
          )}
        </Group>
      )}
      <FeedbackView message={feedback.message} failure={feedback.failure} />
    </Paper>
  );
}

const EMPTY = { title: '', topic: '', keyMessages: '', qa: '', expiresOn: '' };

function NewPaketForm() {
  const { t } = useTranslation();
  const create = useNewsroomCall('narasi:create');
  const feedback = useFeedback();
  const [v, setV] = useState(EMPTY);
  const set = (k: keyof typeof EMPTY) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setV((o) => ({ ...o, [k]: value }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = { title: v.title, topic: v.topic, keyMessages: v.keyMessages.split('\n').map((l) => l.trim()).filter(Boolean), qa: parseQa(v.qa), expiresOn: v.expiresOn.trim() };
    create.mutate(input, {
      onSuccess: (p) => {
        setV(EMPTY);
        feedback.succeed(t('newsroom.narasi.saved', { title: p.title, version: p.version }));
      },
      onError: feedback.onError,
    });
  };
  return (
    <Paper withBorder p="sm">
      <form onSubmit={submit} noValidate aria-labelledby="new-paket-title">
        <Stack gap="xs">
          <Title order={2} size="h4" id="new-paket-title">
            {t('newsroom.narasi.new')}
          </Title>
          <TextInput label={t('newsroom.narasi.titleField')} value={v.title} onChange={set('title')} error={feedback.issues.title} required />
          <TextInput label={t('newsroom.narasi.topic')} value={v.topic} onChange={set('topic')} />
          <Textarea label={t('newsroom.narasi.keyMessages')} value={v.keyMessages} onChange={set('keyMessages')} autosize minRows={3} error={feedback.issues.keyMessages} required />
          <Textarea label={t('newsroom.narasi.qa')} value={v.qa} onChange={set('qa')} autosize minRows={3} />
          <TextInput label={t('newsroom.narasi.expiresOn')} value={v.expiresOn} onChange={set('expiresOn')} error={feedback.issues.expiresOn} placeholder="2026-12-31" required />
          <FeedbackView message={feedback.message} failure={feedback.failure} />
          <Button type="submit" size="xs" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('newsroom.narasi.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function ImportForm() {
  const { t } = useTranslation();
  const importBundle = useNewsroomCall('narasi:importBundle');
  const feedback = useFeedback();
  const [file, setFile] = useState<File | null>(null);
  const [trust, setTrust] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    importBundle.mutate(
      { dataBase64: btoa(binary), ...(trust.trim() ? { trust: trust.trim() } : {}) },
      {
        onSuccess: (r) => {
          setTrust('');
          feedback.succeed(t('newsroom.narasi.imported', { title: r.title, version: r.version, office: r.originOffice }));
        },
        onError: feedback.onError,
      },
    );
  };
  return (
    <Paper withBorder p="sm">
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="import-title">
        <Stack gap="xs">
          <Title order={2} size="h4" id="import-title">
            {t('newsroom.narasi.import')}
          </Title>
          <FileInput label={t('newsroom.narasi.importFile')} accept="application/json,.json" value={file} onChange={setFile} clearable />
          <TextInput label={t('newsroom.narasi.trust')} value={trust} onChange={(e) => setTrust(e.currentTarget.value)} styles={{ input: { fontFamily: 'monospace' } }} />
          <FeedbackView message={feedback.message} failure={feedback.failure} />
          <Button type="submit" size="xs" disabled={!file} loading={importBundle.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('newsroom.narasi.importButton')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
