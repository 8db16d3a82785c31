// Humas (#/humas): siaran pers, isu and konten (social post drafts and the content calendar), one
// tab each; the tab is kept in the address (?tab=issues) so a reload keeps it.
import { useState } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../shell/PageHeading';
import { useGuarded } from '../../forms/unsaved';
import { ReleasesTab } from './ReleasesTab';
import { IssuesTab } from './IssuesTab';
import { ContentTab } from './ContentTab';

const TABS = ['releases', 'issues', 'content'] as const;
type Tab = (typeof TABS)[number];

export function HumasPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const initial = params.get('tab');
  const [tab, setTab] = useState<Tab>((TABS as readonly string[]).includes(initial ?? '') ? (initial as Tab) : 'releases');
  const guarded = useGuarded();
  const choose = (next: Tab) => {
    if (next === tab) return;
    guarded(() => {
      setTab(next);
      setParams(next === 'releases' ? {} : { tab: next }, { replace: true });
    });
  };
  return (
    <Stack gap="sm">
      <PageHeading>{t('nav.humas')}</PageHeading>
      <Group gap="xs" component="nav" aria-label={t('humas.tabs.label')} mb="xs">
        {TABS.map((key) => (
          <Button key={key} variant={tab === key ? 'filled' : 'default'} aria-current={tab === key ? 'page' : undefined} onClick={() => choose(key)}>
            {t(`humas.tabs.${key}`)}
          </Button>
        ))}
      </Group>
      {tab === 'releases' && <ReleasesTab />}
      {tab === 'issues' && <IssuesTab />}
      {tab === 'content' && <ContentTab />}
    </Stack>
  );
}
