import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { AppShell, Burger, Divider, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOfficeProfile } from '../lib/officeProfile';
import { LanguageSwitch } from './LanguageSwitch';
import { UnsavedChangesProvider } from '../forms/unsaved';
import { NAV_ITEMS } from './navItems';

const MAIN_ID = 'main-content';

/**
 * Focus the page's first field when the page is a form to type into at once (marked
 * `data-page-autofocus`: the new request after N), else its h1 (announced by screen readers), else
 * the main landmark. The field's form is labelled by the page title, so it is announced too.
 */
function focusMain(): void {
  const main = document.getElementById(MAIN_ID);
  const field = main?.querySelector<HTMLElement>('[data-page-autofocus]');
  const heading = main?.querySelector<HTMLElement>('.page-heading');
  (field ?? heading ?? main)?.focus();
}

/** `officerMenu`: who is signed in (features/auth), given by routes.tsx; the shell imports no feature. */
export function Layout({ officerMenu }: { officerMenu?: ReactNode }) {
  const { t } = useTranslation();
  const [navOpened, nav] = useDisclosure(false);
  const { pathname } = useLocation();
  const profile = useOfficeProfile().data;
  // The most specific line of the kop (e.g. "DINAS KOMUNIKASI DAN INFORMATIKA").
  const officeName = profile ? (profile.instansiLines.at(-1) ?? profile.unit) : null;

  // After a navigation, keyboard and screen-reader users land on the new page, not on the link.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    nav.close();
    focusMain();
    // Only on a new path: `nav` is a fresh object each render.
  }, [pathname]);

  // A plain "#main-content" href would be read by the hash router as a route.
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    focusMain();
  };

  return (
    <UnsavedChangesProvider>
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <a href={`#${MAIN_ID}`} className="skip-link" onClick={skip}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={navOpened}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? t('app.closeNavigation') : t('app.openNavigation')}
              aria-expanded={navOpened}
              aria-controls="main-nav"
            />
            <Text fw={700} size="lg" c="blue.9" style={{ whiteSpace: 'nowrap' }}>
              {t('app.name')}
            </Text>
            {officeName && (
              <>
                <Divider orientation="vertical" my={14} />
                <Text size="sm" c="gray.8" truncate="end" title={officeName}>
                  {officeName}
                </Text>
              </>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {officerMenu}
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id="main-nav" aria-label={t('nav.label')} p="xs">
        {NAV_ITEMS.map((item) => {
          const active = item.path === '/' ? pathname === '/' : pathname.startsWith(item.path);
          return (
            <NavLink
              key={item.key}
              component={Link}
              to={item.path}
              label={t(`nav.${item.key}`)}
              active={active}
              aria-current={active ? 'page' : undefined}
              fw={active ? 600 : 400}
            />
          );
        })}
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_ID} tabIndex={-1} className="focus-target">
        <Outlet />
      </AppShell.Main>
    </AppShell>
    </UnsavedChangesProvider>
  );
}
