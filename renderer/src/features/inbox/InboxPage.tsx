import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ReviewsNotice } from '../archive/ReviewsNotice';
import { BackupNotice } from '../settings/backup/BackupNotice';
import { CalendarNotice } from '../settings/calendar/CalendarNotice';
import { CaseInbox } from './CaseInbox';
import { CrisisClocks } from './CrisisClocks';
import { SetupPage } from '../setup/SetupPage';
import { useFirstRun } from '../setup/firstRun';

/** Home (#/): every open request, objection and dispute, by due date; a calendar running out, a stale-backup warning and exempt documents due for review on top. */
export function InboxPage() {
  const { t } = useTranslation();
  // First run (no profile, nothing logged): the setup comes before the inbox.
  const firstRun = useFirstRun();
  if (firstRun.show === undefined) return <Text>{t('app.loading')}</Text>;
  if (firstRun.show) return <SetupPage onDone={firstRun.done} />;
  return (
    <CaseInbox
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
