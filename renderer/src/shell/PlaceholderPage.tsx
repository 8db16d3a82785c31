import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeading } from './PageHeading';
import type { PlaceholderKey } from './navItems';

/** A page a later issue fills: says so, and says what will come. */
export function PlaceholderPage({ feature }: { feature: PlaceholderKey }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t(`nav.${feature}`)}</PageHeading>
      <Paper withBorder p="md" maw={720}>
        <Text fw={600} mb={4}>
          {t('placeholder.notAvailable')}
        </Text>
        <Text size="sm">{t(`placeholder.${feature}`)}</Text>
      </Paper>
    </>
  );
}
