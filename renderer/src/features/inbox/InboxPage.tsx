import { useTranslation } from 'react-i18next';
import { CaseInbox } from './CaseInbox';

/** Home (#/): every open request, objection and dispute, by due date. */
export function InboxPage() {
  const { t } = useTranslation();
  return <CaseInbox title={t('nav.inbox')} />;
}
