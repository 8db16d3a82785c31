// Pengaturan › Cadangan: the backup folder, "Buat cadangan sekarang" with its progress, the list of
// backups (time, size, check) and restore with confirmation. #/settings?section=cadangan lands here.
import { useState } from 'react';
import { Alert, Button, Fieldset, Group, Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../../../shared/ipc/channels/backup';
import { APP_INFO_KEY, isUnreachable, useApi } from '../../../api';
import { useOfficeZone } from '../../../lib/officeZone';
import { useBackupEvents, useBackupList, useBackupProgress, useBackupStatus, useCreateBackup } from './api';
import { BackupFolderForm } from './BackupFolderForm';
import { BackupTable } from './BackupTable';
import { formatBackupTime } from '../../../lib/backupFormat';
import { RestoreDialog } from './RestoreDialog';
import { SavedNotice } from '../../../forms/SavedNotice';

export const BACKUP_SECTION_ID = 'cadangan';

export function BackupSection() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  useBackupEvents();
  const list = useBackupList();
  const status = useBackupStatus();
  const host = useQuery({ queryKey: APP_INFO_KEY, queryFn: () => api.invoke('app:info', {}), staleTime: Infinity }).data?.host;
  const zone = useOfficeZone();
  const create = useCreateBackup();
  const progress = useBackupProgress(create.isPending);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupEntry | null>(null);
  const timeOf = (entry: BackupEntry) => formatBackupTime(entry.createdAt, zone, i18n.language);

  const backUp = () => {
    setNotice(null);
    setProblem(null);
    create.mutate(undefined, {
      onSuccess: (entry) => setNotice(t('backup.created', { name: entry.name })),
      onError: (error) => setProblem(t('backup.failed', { message: isUnreachable(error) ? t('errors.unreachable') : error.message })),
    });
  };

  const percent = progress ? (progress.phase === 'database' ? 10 : progress.phase === 'files' ? 10 + (progress.total ? (80 * progress.done) / progress.total : 80) : 95) : 0;
  const phaseText = progress ? t(`backup.phase.${progress.phase}`, { done: progress.done, total: progress.total }) : t('backup.creating');
  const lastAuto = status.data?.lastAuto;

  return (
    <Fieldset legend={t('backup.title')} id={BACKUP_SECTION_ID} tabIndex={-1}>
      <Stack gap="md">
        <Text size="sm">{t('backup.intro')}</Text>
        {list.isError && !list.data && (
          <Alert color="red" variant="outline">
            {t('backup.failed', { message: list.error.message })}
          </Alert>
        )}
        {list.data && <BackupFolderForm folder={list.data} />}
        {lastAuto?.status === 'failed' && (
          <Alert color="red" variant="outline">
            {t('backup.lastAutoFailed', { message: lastAuto.message })}
          </Alert>
        )}
        <Stack gap={6}>
          <Group>
            <Button onClick={backUp} loading={create.isPending} disabled={list.data?.available === false}>
              {t('backup.create')}
            </Button>
          </Group>
          {create.isPending && (
            <Group gap="sm" wrap="nowrap">
              <Progress value={percent} aria-label={t('backup.progressLabel')} style={{ flex: 1 }} animated />
              <Text size="sm">{phaseText}</Text>
            </Group>
          )}
          <SavedNotice notice={notice} />
          {problem && (
            <Text size="sm" c="red.9" role="alert">
              {problem}
            </Text>
          )}
        </Stack>
        {list.data && <BackupTable backups={list.data.backups} timeOf={timeOf} onRestore={host === 'browser' ? null : setRestoring} />}
        {host === 'browser' && list.data && list.data.backups.length > 0 && (
          <Text size="sm" c="gray.7">
            {t('backup.restoreBrowser')}
          </Text>
        )}
      </Stack>
      <RestoreDialog backup={restoring} label={restoring ? timeOf(restoring) : ''} onClose={() => setRestoring(null)} />
    </Fieldset>
  );
}
