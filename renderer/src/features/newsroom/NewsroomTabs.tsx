// The two newsroom screens as tabs (links), until the lead folds them into the Humas page.
import { Button, Group } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';

const TABS = [
  { key: 'klarifikasi', path: '/humas/klarifikasi' },
  { key: 'narasi', path: '/humas/narasi' },
] as const;

export function NewsroomTabs() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Group gap="xs" component="nav" aria-label={t('newsroom.tabs.label')} mb="xs">
      {TABS.map((tab) => {
        const current = pathname.startsWith(tab.path);
        return (
          <Button key={tab.key} component={Link} to={tab.path} variant={current ? 'filled' : 'default'} aria-current={current ? 'page' : undefined}>
            {t(`newsroom.tabs.${tab.key}`)}
          </Button>
        );
      })}
    </Group>
  );
}
