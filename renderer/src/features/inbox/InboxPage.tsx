import { useTranslation } from 'react-i18next';
import { ReviewsNotice } from '../archive/ReviewsNotice';
import { BackupNotice } from '../settings/backup/BackupNotice';
import { CaseInbox } from './CaseInbox';

/** Home (#/): every open request, objection and dispute, by due date; a stale-backup warning and exempt documents due for review on top. */
export function InboxPage() {
  const { t } = useTranslation();
  return (
    <CaseInbox
      title={t('nav.inbox')}
      toolbar={
        <>
          <BackupNotice />
          <ReviewsNotice />
        </>
      }
    />
  );
}
