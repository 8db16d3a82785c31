// Pengaturan › Petugas (and the first-run setup): the officer's name, recorded in the history of
// every case and in the audit log from then on instead of the computer account.
import { useEffect, useState, type FormEvent } from 'react';
import { Button, Fieldset, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError, isUnreachable } from '../../../api';
import { useUnsaved } from '../../../forms/unsaved';
import { useOfficer, useSetOfficer } from '../../../lib/officer';
import { SavedNotice } from '../../../forms/SavedNotice';

export function OfficerSection() {
  const { t } = useTranslation();
  const officer = useOfficer();
  const save = useSetOfficer();
  const saved = officer.data?.name ?? '';
  const [name, setName] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => setName(saved), [saved]);
  useUnsaved(!save.isPending && officer.data !== undefined && name.trim() !== saved);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    save.mutate(name, {
      onSuccess: (result) => {
        setError(null);
        setNotice(result.name ? t('forms.officer.saved', { name: result.name }) : t('forms.officer.cleared', { account: result.account }));
      },
      onError: (e) => setError(isUnreachable(e) ? t('errors.unreachable') : isApiError(e) && e.issues[0] ? e.issues[0].message : e.message),
    });
  };

  return (
    <Fieldset legend={t('forms.officer.title')} id="petugas" tabIndex={-1}>
      <form onSubmit={submit} noValidate aria-label={t('forms.officer.title')}>
        <Stack gap="xs">
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('forms.officer.name')}
              description={t('forms.officer.help', { account: officer.data?.account ?? '' })}
              value={name}
              error={error}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setNotice(null);
                setName(value);
              }}
              autoComplete="off"
              w={360}
            />
            <Button type="submit" loading={save.isPending}>
              {t('forms.officer.save')}
            </Button>
          </Group>
          <SavedNotice notice={notice} />
        </Stack>
      </form>
    </Fieldset>
  );
}
