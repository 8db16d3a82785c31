// Humas's five sections as one tab bar of links: siaran pers, isu and konten on the Humas page
// (#/humas?tab=…), klarifikasi and narasi on their own pages (#/humas/klarifikasi, #/humas/narasi).
// Shown by the Humas page and by the two newsroom pages, so the officer moves between all five.
import { Button, Group } from '@mantine/core';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';

export const HUMAS_TABS = [
  { key: 'releases', path: '/humas', label: 'humas.tabs.releases' },
  { key: 'issues', path: '/humas?tab=issues', label: 'humas.tabs.issues' },
  { key: 'content', path: '/humas?tab=content', label: 'humas.tabs.content' },
  { key: 'klarifikasi', path: '/humas/klarifikasi', label: 'newsroom.tabs.klarifikasi' },
  { key: 'narasi', path: '/humas/narasi', label: 'newsroom.tabs.narasi' },
] as const;

export type HumasTab = (typeof HUMAS_TABS)[number]['key'];

/** The section on screen: a newsroom page by its path, else the Humas page's ?tab= (siaran pers by default). */
export function useCurrentHumasTab(): HumasTab {
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  if (pathname.startsWith('/humas/klarifikasi')) return 'klarifikasi';
  if (pathname.startsWith('/humas/narasi')) return 'narasi';
  const tab = params.get('tab');
  return tab === 'issues' || tab === 'content' ? tab : 'releases';
}

/** `onChoose` lets the Humas page switch its own tabs through its unsaved-changes guard. */
export function NewsroomTabs({ onChoose }: { onChoose?: (tab: HumasTab) => boolean } = {}) {
  const { t } = useTranslation();
  const current = useCurrentHumasTab();
  return (
    <Group gap="xs" component="nav" aria-label={t('humas.tabs.label')} mb="xs">
      {HUMAS_TABS.map((tab) => (
        <Button
          key={tab.key}
          component={Link}
          to={tab.path}
          variant={current === tab.key ? 'filled' : 'default'}
          aria-current={current === tab.key ? 'page' : undefined}
          onClick={(event: React.MouseEvent) => {
            if (onChoose && onChoose(tab.key)) event.preventDefault();
          }}
        >
          {t(tab.label)}
        </Button>
      ))}
    </Group>
  );
}
