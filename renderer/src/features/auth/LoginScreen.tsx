import { useState, type FormEvent } from 'react';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isUnreachable, useApi } from '../../api';
import type { OfficerAccount } from '../../../../shared/ipc/channels/auth';
import { AuthCard } from './AuthCard';

/** The message of a failed login in the UI language (wrong password, throttled, unreachable). */
export function loginError(error: unknown, t: (key: 'errors.unreachable') => string): string {
  if (isUnreachable(error)) return t('errors.unreachable');
  return error instanceof Error ? error.message : String(error);
}

export function LoginForm({ username: fixedUsername, onSignedIn, submitLabel }: { username?: string; onSignedIn: (officer: OfficerAccount) => void; submitLabel?: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [username, setUsername] = useState(fixedUsername ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(fixedUsername ? t('auth.passwordRequired') : t('auth.required'));
      return;
    }
    setBusy(true);
    setError(null);
    api
      .invoke('auth:login', { username, password })
      .then((result) => {
        setPassword('');
        onSignedIn(result.officer);
      })
      .catch((e: unknown) => setError(t('auth.loginFailed', { message: loginError(e, t) })))
      .finally(() => setBusy(false));
  };

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel ?? t('auth.login')}>
      <Stack gap="sm">
        {!fixedUsername && (
          <TextInput
            label={t('auth.username')}
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            data-autofocus
            autoFocus
          />
        )}
        <PasswordInput
          label={t('auth.password')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoComplete="current-password"
          autoFocus={Boolean(fixedUsername)}
        />
        {error && (
          <Alert color="red" variant="outline" role="alert">
            {error}
          </Alert>
        )}
        <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
          {submitLabel ?? t('auth.login')}
        </Button>
      </Stack>
    </form>
  );
}

export function LoginScreen({ onSignedIn }: { onSignedIn: (officer: OfficerAccount) => void }) {
  const { t } = useTranslation();
  return (
    <AuthCard title={t('auth.loginTitle')} intro={t('auth.loginIntro')}>
      <LoginForm onSignedIn={onSignedIn} />
    </AuthCard>
  );
}
