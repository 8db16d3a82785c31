import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../shell/PageHeading';
import { RegisterExport } from './RegisterExport';

// Laporan: the registers today; the annual report (UU KIP Ps 12) is a later issue.
export function ReportsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={1080}>
      <PageHeading>{t('nav.reports')}</PageHeading>
      <RegisterExport />
    </Stack>
  );
}
