// A screen (eslint.config.js): Kotak Masuk gathers every case kind's pane, the notices of
// Pengaturan and Arsip, the newsroom's crisis clocks and the first-run setup.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ReviewsNotice } from '../features/archive/ReviewsNotice';
import { BackupNotice } from '../features/settings/backup/BackupNotice';
import { CalendarNotice } from '../features/settings/calendar/CalendarNotice';
import { ALL_CASE_PANES } from './casePanes';
import { CaseInbox } from '../lib/cases/CaseInbox';
import { CrisisClocks } from '../features/newsroom/CrisisClocks';
import { SetupPage } from '../features/settings/setup/SetupPage';
import { useFirstRun } from '../features/settings/setup/firstRun';

/** Home (#/): every open request, objection and dispute, by due date; a calendar running out, a stale-backup warning and exempt documents due for review on top. */
export function InboxPage() {
  const { t } = useTranslation();
  // First run (no profile, nothing logged): the setup comes before the inbox.
  const firstRun = useFirstRun();
  if (firstRun.show === undefined) return <Text>{t('app.loading')}</Text>;
  if (firstRun.show) return <SetupPage onDone={firstRun.done} />;
  return (
    <CaseInbox
      panes={ALL_CASE_PANES}
      title={t('nav.inbox')}
      toolbar={
        <>
          <CalendarNotice />
          <BackupNotice />
          <ReviewsNotice />
          <CrisisClocks />
        </>
      }
    />
  );
}
