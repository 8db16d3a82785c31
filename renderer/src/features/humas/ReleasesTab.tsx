// Siaran pers: the list (newest first), a new draft, and the chosen release: its approval flow,
// published links, downloads (PDF/DOCX/WhatsApp text) and the .eml distribution.
import { useState } from 'react';
import { Button, Grid, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReleaseStatus } from '../../../../shared/domain/newsroom/releases';
import { useReleases } from './api';
import { ReleaseDetailView } from './ReleaseDetail';
import { ReleaseForm } from './ReleaseForm';

export function ReleasesTab() {
  const { t } = useTranslation();
  const list = useReleases();
  const [selected, setSelected] = useState<number | null>(null);
  const [formKey, setFormKey] = useState(0);
  const statusLabel = (s: ReleaseStatus) => t(`humas.releases.status.${s}`);
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Stack gap="xs" component="section" aria-labelledby="releases-list-title">
          <Group justify="space-between">
            <Title order={2} size="h3" id="releases-list-title">
              {t('humas.releases.listTitle')}
            </Title>
            <Button size="xs" variant="default" onClick={() => { setSelected(null); setFormKey((k) => k + 1); }}>
              {t('humas.releases.newTitle')}
            </Button>
          </Group>
          {list.data && list.data.length === 0 ? (
            <Text size="sm">{t('humas.releases.empty')}</Text>
          ) : (
            <Table fz="sm" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('humas.releases.number')}</Table.Th>
                  <Table.Th>{t('humas.releases.fields.title')}</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data?.map((r) => (
                  <Table.Tr key={r.id} aria-selected={selected === r.id}>
                    <Table.Td>{r.number}</Table.Td>
                    <Table.Td>
                      <Button variant="subtle" size="compact-sm" px={0} h="auto" py={2} onClick={() => setSelected(r.id)} aria-current={selected === r.id ? 'true' : undefined} styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}>
                        {r.title}
                      </Button>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{statusLabel(r.status)}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        {selected === null ? <ReleaseForm key={formKey} detail={null} onSaved={setSelected} /> : <ReleaseDetailView key={selected} id={selected} />}
      </Grid.Col>
    </Grid>
  );
}
