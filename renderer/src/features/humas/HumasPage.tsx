// Humas (#/humas): siaran pers, isu and konten (social post drafts and the content calendar), one
// tab each, beside links to Klarifikasi and Narasi (features/newsroom); the tab is kept in the address (?tab=issues) so a reload keeps it.
import { useState } from 'react';
import { Stack } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../shell/PageHeading';
import { useGuarded } from '../../forms/unsaved';
import { ReleasesTab } from './ReleasesTab';
import { IssuesTab } from './IssuesTab';
import { ContentTab } from './ContentTab';
import { NewsroomTabs } from '../../shell/NewsroomTabs';

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
      <NewsroomTabs
        onChoose={(next) => {
          if (next === 'klarifikasi' || next === 'narasi') return false; // a page of its own: follow the link
          choose(next);
          return true;
        }}
      />
      {tab === 'releases' && <ReleasesTab />}
      {tab === 'issues' && <IssuesTab />}
      {tab === 'content' && <ContentTab />}
    </Stack>
  );
}
