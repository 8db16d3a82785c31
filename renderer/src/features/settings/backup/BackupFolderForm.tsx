// Where backups go: the data folder's backups/ by default, or a folder the administrator names
// (a second disk, a USB drive). The core checks that it is a full path it can write to.
import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupFolder } from '../../../../../shared/ipc/channels/backup';
import { isApiError, isUnreachable } from '../../../api';
import { formatSize } from '../../../lib/backupFormat';
import { useSetBackupFolder } from './api';
import { SavedNotice } from '../../../forms/SavedNotice';

export function BackupFolderForm({ folder }: { folder: BackupFolder }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  const setFolder = useSetBackupFolder();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const save = (next: string | null) => {
    setError(null);
    setNotice(null);
    setFolder.mutate(
      { folder: next },
      {
        onSuccess: () => {
          setValue('');
          setNotice(t('backup.folderSaved'));
        },
        onError: (e) =>
          setError(isUnreachable(e) ? t('errors.unreachable') : isApiError(e) ? (e.issues.find((i) => i.path === 'folder')?.message ?? e.message) : String(e)),
      },
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(value.trim() === '' ? '' : value.trim());
  };

  return (
    <Stack gap="xs">
      <div>
        <Text size="sm" fw={700}>
          {t('backup.folder')}
        </Text>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="backup-folder">
          {folder.isDefault ? t('backup.folderDefault', { folder: folder.folder }) : folder.folder}
        </Text>
        {folder.available ? (
          folder.freeBytes !== null && (
            <Text size="sm" c="gray.7">
              {t('backup.free', { size: formatSize(folder.freeBytes, locale) })}
            </Text>
          )
        ) : (
          <Text size="sm" c="red.9" role="alert">
            {t('backup.folderMissing')}
          </Text>
        )}
      </div>
      <form onSubmit={submit} noValidate aria-label={t('backup.folderLabel')}>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('backup.folderLabel')}
            description={t('backup.folderHelp')}
            value={value}
            error={error}
            onChange={(e) => {
              const next = e.currentTarget.value;
              setNotice(null);
              setValue(next);
            }}
            style={{ flex: '1 1 320px' }}
          />
          <Button type="submit" loading={setFolder.isPending}>
            {t('backup.folderSave')}
          </Button>
          {!folder.isDefault && (
            <Button variant="default" onClick={() => save(null)} disabled={setFolder.isPending}>
              {t('backup.folderReset')}
            </Button>
          )}
        </Group>
      </form>
      <SavedNotice notice={notice} />
    </Stack>
  );
}
