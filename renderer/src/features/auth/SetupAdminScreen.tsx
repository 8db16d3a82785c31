import { useState, type FormEvent } from 'react';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError, useApi } from '../../api';
import type { OfficerAccount } from '../../../../shared/ipc/channels/auth';
import { AuthCard } from './AuthCard';
import { loginError } from './LoginScreen';

type Field = 'username' | 'name' | 'nip' | 'jabatan' | 'password';

/** First run: the archive has no officer; the first Admin is created here (auth:setup) and signed in. */
export function SetupAdminScreen({ onSignedIn }: { onSignedIn: (officer: OfficerAccount) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [values, setValues] = useState<Record<Field, string>>({ username: '', name: '', nip: '', jabatan: '', password: '' });
  const [confirm, setConfirm] = useState('');
  const [issues, setIssues] = useState<Partial<Record<Field | 'confirm', string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const bind = (field: Field) => ({
    value: values[field],
    error: issues[field],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [field]: value }));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (values.password !== confirm) {
      setIssues({ confirm: t('auth.mismatch') });
      return;
    }
    setBusy(true);
    setError(null);
    setIssues({});
    api
      .invoke('auth:setup', values)
      .then((result) => onSignedIn(result.officer))
      .catch((e: unknown) => {
        if (isApiError(e) && e.issues.length > 0) {
          setIssues(Object.fromEntries(e.issues.map((issue) => [issue.path, issue.message])));
        }
        setError(t('auth.setupFailed', { message: loginError(e, t) }));
      })
      .finally(() => setBusy(false));
  };

  return (
    <AuthCard title={t('auth.setupTitle')} intro={t('auth.setupIntro')}>
      <form onSubmit={submit} noValidate aria-label={t('auth.setupTitle')}>
        <Stack gap="sm">
          <TextInput label={t('auth.name')} required autoComplete="name" autoFocus {...bind('name')} />
          <TextInput label={t('auth.username')} required autoComplete="username" autoCapitalize="none" spellCheck={false} {...bind('username')} />
          <TextInput label={t('auth.nip')} inputMode="numeric" {...bind('nip')} />
          <TextInput label={t('auth.jabatan')} {...bind('jabatan')} />
          <PasswordInput label={t('auth.newPassword')} required autoComplete="new-password" {...bind('password')} />
          <PasswordInput
            label={t('auth.confirmPassword')}
            required
            autoComplete="new-password"
            value={confirm}
            error={issues.confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
          />
          {error && (
            <Alert color="red" variant="outline" role="alert">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
            {t('auth.createAdmin')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
