import { useEffect, useState } from 'react';
import { Divider, Grid, Stack, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../shell/PageHeading';
import { useArchiveEvents } from '../../lib/archive';
import { DipDecreePanel } from './DipDecreePanel';
import { DocumentPane } from './DocumentPane';
import { ImportHistory } from './ImportHistory';
import { ImportPanel } from './ImportPanel';
import { SearchPanel } from './SearchPanel';
import './archive.css';

/** #/archive: import, search and classify the office's public documents (Daftar Informasi Publik); #/archive?doc=ID opens one. */
export function ArchivePage() {
  const { t } = useTranslation();
  useArchiveEvents();
  const [params, setParams] = useSearchParams();
  const docParam = Number(params.get('doc'));
  const linked = Number.isInteger(docParam) && docParam > 0 ? docParam : null;
  const [openId, setOpenIdState] = useState<number | null>(linked);
  const [latestBatch, setLatestBatch] = useState<string | null>(null);
  const [withdrawn, setWithdrawn] = useState<string | null>(null);
  // A link (the inbox's review reminders) may arrive while the page is already open.
  useEffect(() => {
    if (linked !== null) setOpenIdState(linked);
  }, [linked]);
  const setOpenId = (id: number | null) => {
    setOpenIdState(id);
    if (id !== null) setWithdrawn(null);
    if (params.has('doc')) setParams({}, { replace: true });
  };
  return (
    <>
      <PageHeading>{t('archive.page.title')}</PageHeading>
      <Text size="sm" mb="md" maw={900}>
        {t('archive.page.intro')}
      </Text>
      <div role="status" aria-live="polite">
        {withdrawn && (
          <Text size="sm" fw={600} c="teal.9" mb="md" className="archive-wrap">
            {t('archive.withdraw.done', { title: withdrawn })}
          </Text>
        )}
      </div>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: openId === null ? 12 : 5 }}>
          <Stack gap="lg">
            <ImportPanel onOpen={setOpenId} onFinished={setLatestBatch} />
            <ImportHistory latestBatch={latestBatch} onOpen={setOpenId} />
            <Divider />
            <SearchPanel onOpen={setOpenId} openId={openId} />
            <Divider />
            <DipDecreePanel />
          </Stack>
        </Grid.Col>
        {openId !== null && (
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <DocumentPane
              id={openId}
              onClose={() => setOpenId(null)}
              onWithdrawn={(title) => {
                setOpenId(null);
                setWithdrawn(title);
              }}
            />
          </Grid.Col>
        )}
      </Grid>
    </>
  );
}
