// The add / edit form of an officer account: identity, roles (several may be ticked: a small
// office gives one person several roles) and, for a new account, the initial password.
import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Group, PasswordInput, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../shared/domain/auth/roles';
import type { OfficerAccount } from '../../../../shared/ipc/channels/auth';
import { contract } from '../../../../shared/ipc/contract';
import { isApiError, isUnreachable } from '../../api';
import { useAddOfficer, useUpdateOfficer } from './api';
import { roleLabel } from './roleLabel';

interface Props {
  /** null: a new account. */
  officer: OfficerAccount | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}

export function OfficerForm({ officer, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const add = useAddOfficer();
  const update = useUpdateOfficer();
  const [values, setValues] = useState({
    username: officer?.username ?? '',
    name: officer?.name ?? '',
    nip: officer?.nip ?? '',
    jabatan: officer?.jabatan ?? '',
    password: '',
    roles: (officer?.roles ?? []) as Role[],
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: keyof typeof values) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };

  const fail = (error: Error) => {
    const issues = isApiError(error) ? error.issues : [];
    const message = isUnreachable(error) ? t('errors.unreachable') : error.message;
    setErrors({ form: t('officers.failed', { message }), ...Object.fromEntries(issues.map((i) => [i.path || 'form', i.message])) });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = officer
      ? { id: officer.id, name: values.name, nip: values.nip, jabatan: values.jabatan, roles: values.roles }
      : { username: values.username, name: values.name, nip: values.nip, jabatan: values.jabatan, roles: values.roles, password: values.password };
    const parsed = (officer ? contract['officers:update'] : contract['officers:add']).input.safeParse(input);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? 'form'), i.message])));
      return;
    }
    setErrors({});
    if (officer) {
      update.mutate(input as Parameters<typeof update.mutate>[0], { onSuccess: (o) => onDone(t('officers.saved', { username: o.username })), onError: fail });
    } else {
      add.mutate(input as Parameters<typeof add.mutate>[0], { onSuccess: (o) => onDone(t('officers.added', { username: o.username })), onError: fail });
    }
  };

  const title = officer ? t('officers.editTitle', { username: officer.username }) : t('officers.addTitle');

  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {title}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('officers.username')} value={values.username} onChange={set('username')} error={errors.username} disabled={officer !== null} required autoComplete="off" />
          <TextInput label={t('officers.name')} value={values.name} onChange={set('name')} error={errors.name} required autoComplete="off" />
          <TextInput label={t('officers.nip')} value={values.nip} onChange={set('nip')} error={errors.nip} autoComplete="off" />
          <TextInput label={t('officers.jabatan')} value={values.jabatan} onChange={set('jabatan')} error={errors.jabatan} autoComplete="off" />
          {officer === null && (
            <PasswordInput label={t('officers.password')} description={t('officers.passwordHelp')} value={values.password} onChange={set('password')} error={errors.password} required autoComplete="new-password" />
          )}
        </SimpleGrid>
        <Checkbox.Group label={t('officers.roles')} value={values.roles} onChange={(roles) => setValues((v) => ({ ...v, roles: ROLES.filter((r) => roles.includes(r)) }))} error={errors.roles} required>
          <Group gap="md" mt={4}>
            {ROLES.map((role) => (
              <Checkbox key={role} value={role} label={roleLabel(role, i18n.language)} />
            ))}
          </Group>
        </Checkbox.Group>
        {errors.form && (
          <Alert color="red" variant="outline" role="alert">
            {errors.form}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={add.isPending || update.isPending}>
            {t('officers.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('officers.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
