// The confirmation before a restore: what is replaced, that the current archive is kept aside
// (pre-restore-<time>/ in the data folder), and that the app reloads afterwards.
import { Alert, Button, Group, List, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupEntry, RestoreResult } from '../../../../../shared/ipc/channels/backup';
import { isUnreachable } from '../../../api';
import { appReload } from '../../../shell/reload';
import { useRestoreBackup } from './api';

interface Props {
  backup: BackupEntry | null;
  label: string;
  onClose: () => void;
}

export function RestoreDialog({ backup, label, onClose }: Props) {
  const { t } = useTranslation();
  const restore = useRestoreBackup();
  const result: RestoreResult | undefined = restore.data;
  const done = restore.isSuccess;

  const run = () => {
    if (!backup) return;
    restore.mutate(
      { file: backup.file },
      {
        onSuccess: (value) => {
          // Every query's data changed under the page: start it again on the restored archive.
          if (value.checkOk) setTimeout(() => appReload.reload(), 1500);
        },
      },
    );
  };
  const close = () => {
    if (restore.isPending) return;
    restore.reset();
    onClose();
  };

  // Composed without Modal.Header: Mantine renders that as a <header>, a second "banner" for axe.
  return (
    <Modal.Root opened={backup !== null} onClose={close} centered size="lg">
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Body pt="md">
          <Modal.Title fw={700} mb="xs">
            {t('backup.confirmTitle', { time: label })}
          </Modal.Title>
          {!done && (
            <List size="sm" spacing={4}>
              <List.Item>{t('backup.confirmBody')}</List.Item>
              <List.Item>
                <strong>{t('backup.confirmKept')}</strong>
              </List.Item>
              <List.Item>{t('backup.confirmReload')}</List.Item>
            </List>
          )}
          {restore.isError && (
            <Alert color="red" variant="outline" mt="sm" role="alert">
              {t('backup.failed', { message: isUnreachable(restore.error) ? t('errors.unreachable') : restore.error.message })}
            </Alert>
          )}
          <div role="status" aria-live="polite">
            {result && (
              <Text size="sm" mt="sm" fw={600} c={result.checkOk ? 'teal.9' : 'red.9'} style={{ overflowWrap: 'anywhere' }}>
                {!result.checkOk
                  ? t('backup.restoredBadCheck', {
                      backup: result.backup,
                      aside: result.preRestoreDir ?? '-',
                      problems: result.lines.filter((l) => !l.ok).map((l) => `${l.name}: ${l.detail}`).join('; '),
                    })
                  : result.preRestoreDir
                    ? t('backup.restored', { backup: result.backup, aside: result.preRestoreDir })
                    : t('backup.restoredNoAside', { backup: result.backup })}
              </Text>
            )}
          </div>
          {!done && (
            <Group justify="flex-end" mt="lg">
              <Button variant="default" onClick={close} disabled={restore.isPending} data-autofocus>
                {t('backup.cancel')}
              </Button>
              <Button color="red.9" onClick={run} loading={restore.isPending}>
                {t('backup.confirm')}
              </Button>
            </Group>
          )}
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
