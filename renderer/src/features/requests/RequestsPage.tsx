import { Button } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CaseRegister } from '../../lib/cases/CaseRegister';
import { RequestDetailPane } from './RequestDetailPane';

const PANES = { request: RequestDetailPane };

/** #/requests: the register of every request, of every status and year (the inbox has the open ones by deadline). */
export function RequestsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const openNew = () => void navigate('/requests/new');
  return <CaseRegister kind="request" panes={PANES} title={t('nav.requests')} onNew={openNew} action={<Button onClick={openNew}>{t('cases.newRequest')}</Button>} />;
}
