// Pengaturan › Akses dan kunci layar, and Jaringan kantor: the idle lock every workstation applies,
// the desktop app's LAN switch, and the office certificate's fingerprint for first trust.
import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Code, Fieldset, Group, NumberInput, Stack, Switch, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError, useApi } from '../../api';
import type { AccessSettings } from '../../../../shared/ipc/channels/lan';
import { useUnsaved } from '../../forms/unsaved';
import { SavedNotice } from '../../forms/SavedNotice';
import { ACCESS_KEY, useAccess, useLanInfo } from './api';
import { useCan } from '../../lib/roles';
import { useOfficeZone } from '../../lib/officeZone';
import { formatOfficeDate } from '../../lib/officeTime';

export function AccessSection() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const access = useAccess();
  const canEdit = useCan('admin');
  const saved = access.isPlaceholderData ? undefined : access.data;
  const [form, setForm] = useState<AccessSettings | null>(null);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    if (saved) setForm(saved);
  }, [saved]);
  const save = useMutation({
    mutationFn: (input: AccessSettings) => api.invoke('settings:setAccess', input),
    onSuccess: (value) => queryClient.setQueryData(ACCESS_KEY, value),
  });
  const dirty = Boolean(form && saved && JSON.stringify(form) !== JSON.stringify(saved));
  useUnsaved(!save.isPending && dirty);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form) return;
    setNotice(null);
    save.mutate(form, {
      onSuccess: () => {
        setIssues({});
        setError(null);
        setNotice(t('auth.access.saved'));
      },
      onError: (e) => {
        setIssues(isApiError(e) ? Object.fromEntries(e.issues.map((issue) => [issue.path, issue.message])) : {});
        setError(t('auth.access.failed', { message: e.message }));
      },
    });
  };
  const set = (patch: Partial<AccessSettings>) => {
    setNotice(null);
    setForm((f) => (f ? { ...f, ...patch } : f));
  };
  const number = (value: string | number) => (typeof value === 'number' ? value : Number.NaN);

  return (
    <Fieldset legend={t('auth.access.title')} id="akses" tabIndex={-1}>
      <form onSubmit={submit} noValidate aria-label={t('auth.access.title')}>
        <Stack gap="sm">
          <Text size="sm" c="gray.8">
            {t('auth.access.intro')}
          </Text>
          <NumberInput
            label={t('auth.access.idleMinutes')}
            value={form?.idleLockMinutes ?? ''}
            onChange={(v) => set({ idleLockMinutes: number(v) })}
            min={1}
            max={240}
            allowDecimal={false}
            error={issues.idleLockMinutes}
            disabled={!canEdit || !form}
            w={380}
          />
          <Text fw={600} mt="sm">
            {t('auth.access.lanTitle')}
          </Text>
          <Text size="sm" c="gray.8">
            {t('auth.access.lanIntro')}
          </Text>
          <Switch
            label={t('auth.access.serveLan')}
            description={t('auth.access.serveLanHelp')}
            checked={form?.serveLan ?? false}
            onChange={(e) => set({ serveLan: e.currentTarget.checked })}
            disabled={!canEdit || !form}
          />
          <NumberInput
            label={t('auth.access.lanPort')}
            value={form?.lanPort ?? ''}
            onChange={(v) => set({ lanPort: number(v) })}
            min={1024}
            max={65535}
            allowDecimal={false}
            thousandSeparator={false}
            error={issues.lanPort}
            disabled={!canEdit || !form}
            w={160}
          />
          <LanCertificate />
          {error && (
            <Alert color="red" variant="outline" role="alert">
              {error}
            </Alert>
          )}
          {canEdit && (
            <Group>
              <Button type="submit" loading={save.isPending} disabled={!form}>
                {t('auth.access.save')}
              </Button>
            </Group>
          )}
          <SavedNotice notice={notice} />
        </Stack>
      </form>
    </Fieldset>
  );
}

function LanCertificate() {
  const { t, i18n } = useTranslation();
  const info = useLanInfo().data;
  // The office's calendar, like every other date in the app, not the PC's zone.
  const zone = useOfficeZone();
  if (!info) return null;
  const date = (iso: string) => formatOfficeDate(iso, zone, i18n.language);
  return (
    <Stack gap={4}>
      <Text size="sm">{info.serving ? t('auth.access.serving', { urls: info.serving.urls.join(', ') }) : t('auth.access.notServing')}</Text>
      {info.certificate ? (
        <>
          <Text size="sm" fw={600}>
            {t('auth.access.fingerprint')}
          </Text>
          <Code block aria-label={t('auth.access.fingerprint')} style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {info.certificate.fingerprint256}
          </Code>
          <Text size="xs" c="gray.7">
            {t('auth.access.validTo', { date: date(info.certificate.validTo) })} · {t('auth.access.names', { names: info.certificate.names.join(', ') })}
          </Text>
          <Text size="xs" c="gray.7">
            {t('auth.access.fingerprintHelp')}
          </Text>
        </>
      ) : (
        <Text size="xs" c="gray.7">
          {t('auth.access.noCertificate')}
        </Text>
      )}
    </Stack>
  );
}
