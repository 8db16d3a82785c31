// Pengaturan › Akun petugas (issue 14): the Admin lists officers, adds one, edits name, NIP,
// jabatan and roles, disables or enables an account and resets a password (a temporary one,
// shown once). Hidden from a signed-in officer without the Admin role; the core refuses anyway.
import { useState } from 'react';
import { Alert, Anchor, Button, Fieldset, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OfficerAccount } from '../../../../shared/ipc/channels/auth';
import { isApiError, isUnreachable } from '../../api';
import { formatNip } from '../../../../shared/domain/settings/nip';
import { useOfficers, useResetPassword, useSetOfficerActive } from './api';
import { useCanCall } from '../../lib/roles';
import { OfficerForm } from './OfficerForm';
import { roleLabel } from './roleLabel';

export const OFFICERS_SECTION_ID = 'akun-petugas';

export function OfficersSection() {
  const { t } = useTranslation();
  const allowed = useCanCall('officers:list');
  const officers = useOfficers(allowed);
  if (!allowed) return null;
  return (
    <Fieldset legend={t('officers.title')} id={OFFICERS_SECTION_ID} tabIndex={-1}>
      <Stack gap="sm">
        <Text size="sm">{t('officers.intro')}</Text>
        {officers.data ? (
          <OfficerTable officers={officers.data.officers} />
        ) : (
          <Text size="sm">{officers.isError ? t('officers.failed', { message: officers.error.message }) : t('app.loading')}</Text>
        )}
        <Anchor component={Link} to="/audit" size="sm">
          {t('officers.auditLink')}
        </Anchor>
      </Stack>
    </Fieldset>
  );
}

function OfficerTable({ officers }: { officers: OfficerAccount[] }) {
  const { t, i18n } = useTranslation();
  const setActive = useSetOfficerActive();
  const reset = useResetPassword();
  // 'new', an officer's id, or null: one form open at a time.
  const [editing, setEditing] = useState<'new' | number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const failed = (e: Error) => setError(t('officers.failed', { message: isUnreachable(e) ? t('errors.unreachable') : isApiError(e) ? e.message : String(e) }));
  const done = (message: string) => {
    setEditing(null);
    setError(null);
    setNotice(message);
  };

  const toggleActive = (o: OfficerAccount) =>
    setActive.mutate({ id: o.id, active: !o.active }, { onSuccess: (after) => done(t(after.active ? 'officers.enabled' : 'officers.disabled', { username: after.username })), onError: failed });
  const resetPassword = (o: OfficerAccount) => {
    if (!window.confirm(t('officers.resetConfirm', { name: o.name }))) return;
    reset.mutate({ id: o.id }, { onSuccess: (r) => done(t('officers.resetDone', { username: r.officer.username, password: r.temporaryPassword ?? '' })), onError: failed });
  };
  const editingOfficer = typeof editing === 'number' ? (officers.find((o) => o.id === editing) ?? null) : null;

  return (
    <Stack gap="sm">
      {officers.length === 0 ? (
        <Text size="sm">{t('officers.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped withTableBorder verticalSpacing={6} fz="sm">
            <Table.Caption>{t('officers.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('officers.username')}</Table.Th>
                <Table.Th>{t('officers.name')}</Table.Th>
                <Table.Th>{t('officers.roles')}</Table.Th>
                <Table.Th>{t('officers.status')}</Table.Th>
                <Table.Th>{t('officers.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {officers.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>{o.username}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{o.name}</Text>
                    {(o.nip || o.jabatan) && (
                      <Text size="xs" c="gray.7">
                        {[o.nip ? `NIP ${formatNip(o.nip)}` : '', o.jabatan].filter(Boolean).join(' · ')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{o.roles.map((r) => roleLabel(r, i18n.language)).join(', ')}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600} c={o.active ? 'teal.9' : 'gray.7'} style={{ whiteSpace: 'nowrap' }}>
                      {o.active ? t('officers.active') : t('officers.inactive')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Button size="compact-sm" variant="default" onClick={() => setEditing(o.id)} aria-label={t('officers.edit', { username: o.username })}>
                        {t('officers.edit', { username: '' }).trim()}
                      </Button>
                      <Button size="compact-sm" variant="default" onClick={() => resetPassword(o)} aria-label={t('officers.reset', { username: o.username })}>
                        {t('officers.reset', { username: '' }).trim()}
                      </Button>
                      <Button size="compact-sm" variant="default" color={o.active ? 'red' : undefined} onClick={() => toggleActive(o)} aria-label={t(o.active ? 'officers.disable' : 'officers.enable', { username: o.username })}>
                        {t(o.active ? 'officers.disable' : 'officers.enable', { username: '' }).trim()}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {notice && (
        <Alert color="teal" variant="light" role="status">
          {notice}
        </Alert>
      )}
      {error && (
        <Alert color="red" variant="outline" role="alert">
          {error}
        </Alert>
      )}
      {editing === null ? (
        <Group>
          <Button onClick={() => (setNotice(null), setEditing('new'))}>{t('officers.add')}</Button>
        </Group>
      ) : (
        <OfficerForm key={String(editing)} officer={editingOfficer} onDone={done} onCancel={() => setEditing(null)} />
      )}
    </Stack>
  );
}
