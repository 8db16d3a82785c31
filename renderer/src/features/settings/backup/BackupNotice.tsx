// Kotak Masuk's warning when the newest backup is older than 7 days (or there is none), linking to
// Pengaturan › Cadangan. Quiet otherwise, and while the status is loading or unavailable.
import { useId } from 'react';
import { Anchor, Paper, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { localParts } from '../../../lib/officeTime';
import { useOfficeZone } from '../../../lib/officeZone';
import { formatDay } from '../../../lib/dates';
import { useBackupEvents, useBackupStatus } from './api';
import { BACKUP_SECTION_ID } from './BackupSection';

export function BackupNotice() {
  const { t, i18n } = useTranslation();
  useBackupEvents();
  const status = useBackupStatus().data;
  const zone = useOfficeZone();
  const titleId = useId();
  if (!status?.stale) return null;
  const when = status.newestAt ? formatDay(localParts(status.newestAt, zone).date, i18n.language) : null;
  const failed = status.lastAuto?.status === 'failed' ? status.lastAuto.message : null;
  return (
    <Paper component="section" aria-labelledby={titleId} withBorder p="sm" mb="sm" className="backup-notice" style={{ borderColor: 'var(--mantine-color-orange-9)', borderLeftWidth: 6 }}>
      <Text id={titleId} fw={700} size="sm">
        {when ? t('backup.notice.old', { days: status.ageDays, date: when }) : t('backup.notice.none')}
      </Text>
      <Text size="sm">{t('backup.notice.advice')}</Text>
      {failed && <Text size="sm">{t('backup.lastAutoFailed', { message: failed })}</Text>}
      <Anchor component={Link} to={`/settings?section=${BACKUP_SECTION_ID}`} size="sm" fw={600}>
        {t('backup.notice.link')}
      </Anchor>
    </Paper>
  );
}
