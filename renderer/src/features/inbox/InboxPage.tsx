import { useTranslation } from 'react-i18next';
import { ReviewsNotice } from '../archive/ReviewsNotice';
import { CaseInbox } from './CaseInbox';

/** Home (#/): every open request, objection and dispute, by due date; exempt documents due for review on top. */
export function InboxPage() {
  const { t } = useTranslation();
  return <CaseInbox title={t('nav.inbox')} toolbar={<ReviewsNotice />} />;
}
