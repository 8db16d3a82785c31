import { useState } from 'react';
import { Button, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChangePasswordModal } from './ChangePasswordModal';
import { useRoleLabel } from '../../lib/roles';
import { useSignedIn } from '../../lib/session';

/** The header's officer: name and roles, with Ganti kata sandi, Kunci layar and Keluar. */
export function OfficerMenu() {
  const { t } = useTranslation();
  const session = useSignedIn();
  const roleLabel = useRoleLabel();
  const [changing, setChanging] = useState(false);
  if (!session) return null;
  const { officer } = session;
  const roles = officer.roles.map(roleLabel).join(', ');
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={t('auth.officerMenu', { name: officer.name })} className="officer-menu" px={6} py={2}>
            <Stack gap={0} align="flex-end">
              <Text size="sm" fw={600} lh={1.2} truncate="end" maw={240}>
                {officer.name}
              </Text>
              <Text size="xs" c="gray.7" lh={1.2} truncate="end" maw={240} title={roles}>
                {roles}
              </Text>
            </Stack>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('auth.roles', { roles })}</Menu.Label>
          <Menu.Item onClick={() => setChanging(true)}>{t('auth.changePassword')}</Menu.Item>
          <Menu.Item onClick={session.lock}>{t('auth.lockNow')}</Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" onClick={session.logout}>
            {t('auth.logout')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Button variant="subtle" size="compact-sm" onClick={session.logout}>
        {t('auth.logout')}
      </Button>
      <ChangePasswordModal opened={changing} onClose={() => setChanging(false)} />
    </>
  );
}
