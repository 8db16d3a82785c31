import { useEffect, useState } from 'react';
import { Divider, Grid, Stack, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../shell/PageHeading';
import { useArchiveEvents } from './api';
import { DocumentPane } from './DocumentPane';
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
  // A link (the inbox's review reminders) may arrive while the page is already open.
  useEffect(() => {
    if (linked !== null) setOpenIdState(linked);
  }, [linked]);
  const setOpenId = (id: number | null) => {
    setOpenIdState(id);
    if (params.has('doc')) setParams({}, { replace: true });
  };
  return (
    <>
      <PageHeading>{t('archive.page.title')}</PageHeading>
      <Text size="sm" mb="md" maw={900}>
        {t('archive.page.intro')}
      </Text>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: openId === null ? 12 : 5 }}>
          <Stack gap="lg">
            <ImportPanel onOpen={setOpenId} />
            <Divider />
            <SearchPanel onOpen={setOpenId} openId={openId} />
          </Stack>
        </Grid.Col>
        {openId !== null && (
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <DocumentPane id={openId} onClose={() => setOpenId(null)} />
          </Grid.Col>
        )}
      </Grid>
    </>
  );
}
