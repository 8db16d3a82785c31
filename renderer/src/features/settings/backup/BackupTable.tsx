import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../../../shared/ipc/channels/backup';
import { formatSize } from '../../../lib/backupFormat';

interface Props {
  backups: BackupEntry[];
  timeOf: (entry: BackupEntry) => string;
  /** Null: restoring is not possible here (browser host); the reason is shown instead. */
  onRestore: ((entry: BackupEntry) => void) | null;
}

// Dark shades with white text: the light variants failed axe's contrast check elsewhere.
const CHECK_COLOR = { ok: 'teal.9', failed: 'red.9', unknown: 'gray.7' } as const;

export function BackupTable({ backups, timeOf, onRestore }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  if (backups.length === 0) return <Text size="sm">{t('backup.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Caption>{t('backup.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('backup.colTime')}</Table.Th>
            <Table.Th>{t('backup.colSize')}</Table.Th>
            <Table.Th>{t('backup.colCheck')}</Table.Th>
            <Table.Th>{t('backup.colKind')}</Table.Th>
            {onRestore && <Table.Th>{t('backup.colAction')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((entry) => {
            const check = entry.checkOk === null ? 'unknown' : entry.checkOk ? 'ok' : 'failed';
            return (
              <Table.Tr key={entry.file}>
                <Table.Td>
                  <Text size="sm">{timeOf(entry)}</Text>
                  <Text size="xs" c="gray.7">
                    {entry.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {formatSize(entry.bytes, locale)}
                  {entry.blobs !== null && (
                    <Text size="xs" c="gray.7">
                      {t('backup.files', { count: entry.blobs })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge color={CHECK_COLOR[check]} variant="filled">
                    {t(check === 'ok' ? 'backup.checkOk' : check === 'failed' ? 'backup.checkFailed' : 'backup.checkUnknown')}
                  </Badge>
                </Table.Td>
                <Table.Td>{t(`backup.trigger.${entry.trigger ?? 'unknown'}`)}</Table.Td>
                {onRestore && (
                  <Table.Td>
                    <Button size="xs" variant="default" onClick={() => onRestore(entry)} aria-label={t('backup.restoreLabel', { time: timeOf(entry) })} disabled={entry.checkOk === false}>
                      {t('backup.restore')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
