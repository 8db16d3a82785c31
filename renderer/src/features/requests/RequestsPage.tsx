import { useTranslation } from 'react-i18next';
import { CaseInbox } from '../inbox/CaseInbox';

/** #/requests: the open requests only (the full register comes with a later issue). */
export function RequestsPage() {
  const { t } = useTranslation();
  return <CaseInbox key="requests" title={t('nav.requests')} fixedKind="request" />;
}
