import { useEffect } from 'react';
import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The page's h1, which also names the window/tab; the layout focuses it after navigation. */
export function PageHeading({ children }: { children: string }) {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = `${children} — ${appName}`;
  }, [children, appName]);
  return (
    <Title order={1} size="h2" className="page-heading" tabIndex={-1} mb="sm">
      {children}
    </Title>
  );
}
