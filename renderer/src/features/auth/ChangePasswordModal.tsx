import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError, useApi } from '../../api';
import { loginError } from './LoginScreen';

/** Ganti kata sandi: the current one is required; the core ends this officer's other sessions. */
export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setCurrent('');
    setNext('');
    setConfirm('');
    setIssues({});
    setError(null);
    setDone(false);
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (next !== confirm) {
      setIssues({ confirm: t('auth.mismatch') });
      return;
    }
    setBusy(true);
    setError(null);
    setIssues({});
    api
      .invoke('auth:changePassword', { currentPassword: current, newPassword: next })
      .then(() => {
        setDone(true);
        setCurrent('');
        setNext('');
        setConfirm('');
      })
      .catch((e: unknown) => {
        if (isApiError(e)) setIssues(Object.fromEntries(e.issues.map((issue) => [issue.path, issue.message])));
        setError(t('auth.changePasswordFailed', { message: loginError(e, t) }));
      })
      .finally(() => setBusy(false));
  };

  return (
    <Modal opened={opened} onClose={close} title={t('auth.changePassword')} centered>
      <form onSubmit={submit} noValidate aria-label={t('auth.changePassword')}>
        <Stack gap="sm">
          <PasswordInput label={t('auth.currentPassword')} autoComplete="current-password" value={current} error={issues.currentPassword} onChange={(e) => setCurrent(e.currentTarget.value)} data-autofocus />
          <PasswordInput label={t('auth.newPassword')} autoComplete="new-password" value={next} error={issues.newPassword} onChange={(e) => setNext(e.currentTarget.value)} />
          <PasswordInput label={t('auth.confirmPassword')} autoComplete="new-password" value={confirm} error={issues.confirm} onChange={(e) => setConfirm(e.currentTarget.value)} />
          {error && (
            <Alert color="red" variant="outline" role="alert">
              {error}
            </Alert>
          )}
          {done && (
            <Alert color="green" variant="outline" role="status">
              {t('auth.changePasswordDone')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('auth.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('auth.changePasswordSave')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
