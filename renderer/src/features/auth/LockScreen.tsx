import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OfficerAccount } from '../../../../shared/ipc/channels/auth';
import { AuthCard } from './AuthCard';
import { LoginForm } from './LoginScreen';

export type LockReason = 'idle' | 'expired';

/**
 * Over the app, which stays mounted underneath (unsaved input survives): the same officer types
 * their password again. Another officer signs out first, which closes the app and its input.
 */
export function LockScreen(props: { officer: OfficerAccount; reason: LockReason; minutes: number; onUnlocked: (officer: OfficerAccount) => void; onSwitch: () => void }) {
  const { t } = useTranslation();
  return (
    <AuthCard
      title={t('auth.lockedTitle')}
      intro={props.reason === 'idle' ? t('auth.lockedIdle', { minutes: props.minutes }) : t('auth.expired')}
    >
      <Stack gap="sm">
        <Text fw={600}>{t('auth.lockedAs', { name: props.officer.name, username: props.officer.username })}</Text>
        <LoginForm username={props.officer.username} onSignedIn={props.onUnlocked} submitLabel={t('auth.unlock')} />
        <Button variant="subtle" onClick={props.onSwitch} style={{ alignSelf: 'flex-start' }} px={0}>
          {t('auth.switchOfficer')}
        </Button>
      </Stack>
    </AuthCard>
  );
}
