// Meja media: the register of every press inquiry (newest first, with the detail pane; open ones
// are in Kotak Masuk by time left), "Pertanyaan baru", the directory and the statement library.
import { useState } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../shell/PageHeading';
import { CaseRegister } from '../../lib/cases/CaseRegister';
import { DirectorySection } from './DirectorySection';
import { InquiryDetailPane } from './InquiryDetailPane';
import { fieldId, InquiryForm } from './InquiryForm';
import { MediaLogSection } from './MediaLogSection';
import { StatementsSection } from './StatementsSection';
import { useGuarded } from '../../forms/unsaved';

const TABS = ['list', 'new', 'directory', 'statements', 'log'] as const;
type Tab = (typeof TABS)[number];
const PANES = { inquiry: InquiryDetailPane };

export function InquiriesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const initial = params.get('tab');
  const [tab, setTab] = useState<Tab>((TABS as readonly string[]).includes(initial ?? '') ? (initial as Tab) : 'list');
  const guarded = useGuarded();
  const choose = (next: Tab) => {
    if (next === tab) return;
    // Another tab unmounts this one's form: its unsaved input is asked about first.
    guarded(() => {
      setTab(next);
      setParams(next === 'list' ? {} : { tab: next }, { replace: true });
    });
  };
  const tabs = (
    <Group gap="xs" component="nav" aria-label={t('media.tabs.label')} mb="xs">
      {TABS.map((key) => (
        <Button key={key} variant={tab === key ? 'filled' : 'default'} aria-current={tab === key ? 'page' : undefined} onClick={() => choose(key)}>
          {t(`media.tabs.${key}`)}
        </Button>
      ))}
    </Group>
  );
  // N on the list: the form, with the cursor in its first field (the list it came from is gone).
  const openNew = () => {
    choose('new');
    setTimeout(() => document.getElementById(fieldId('priority'))?.focus(), 0);
  };
  if (tab === 'list') return <CaseRegister kind="inquiry" panes={PANES} title={t('nav.inquiries')} toolbar={tabs} onNew={openNew} />;
  return (
    <Stack gap="sm">
      <PageHeading>{t('nav.inquiries')}</PageHeading>
      {tabs}
      {tab === 'new' && <InquiryForm />}
      {tab === 'directory' && <DirectorySection />}
      {tab === 'statements' && <StatementsSection />}
      {tab === 'log' && <MediaLogSection />}
    </Stack>
  );
}
