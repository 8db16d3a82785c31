// The cases behind one figure of the report, each linking to its register with its pane open.
import { Alert, Anchor, Button, Group, Loader, Modal, ScrollArea, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ReportCase } from '../../../../shared/ipc/channels/reports';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { IsoDate } from '../../../../shared/domain/calendar/localDate';
import { isUnreachable } from '../../api';
import { statusLabel } from '../../lib/cases/RegisterRow';
import { useFigureCases } from './api';
import { caseHref } from './caseLink';
import type { DrillTarget } from './drill';

function caseStatus(t: TFunction, item: ReportCase): string {
  if (item.kind === 'document') return t(`archive.categories.${item.status}` as 'archive.categories.berkala', { defaultValue: item.status });
  if (item.kind === 'dispute') return t(`cases.statuses.${item.status}` as 'cases.statuses.filed', { defaultValue: item.status });
  return statusLabel(t, item.kind, item.status);
}

const dateText = (date: string) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? formatTanggal(date as IsoDate) : date);

interface Props {
  period: { key: string; label: string };
  target: DrillTarget | null;
  onClose: () => void;
}

export function DrillDownDialog({ period, target, onClose }: Props) {
  const { t } = useTranslation();
  const query = useFigureCases(period.key, target?.figure ?? null);
  const data = query.data;
  return (
    // Composed without Modal.Header: Mantine renders that as a <header>, a second "banner" for axe.
    <Modal.Root opened={target !== null} onClose={onClose} size="xl" centered>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Body pt="md">
          <Modal.Title fw={700} mb="xs">
            {target && t('reports.drill.title', { label: target.label, period: period.label })}
          </Modal.Title>
          {query.isPending ? (
            <Group gap="xs" role="status">
              <Loader size="sm" />
              <Text size="sm">{t('reports.drill.loading')}</Text>
            </Group>
          ) : query.isError ? (
            <Alert color="red" variant="outline" role="alert">
              {t('reports.drill.failed', { message: isUnreachable(query.error) ? t('errors.unreachable') : query.error.message })}
            </Alert>
          ) : data && data.cases.length === 0 ? (
            <Text size="sm">{t('reports.drill.empty')}</Text>
          ) : data ? (
            <>
              <Text size="sm" mb="xs" role="status">
                {t('reports.drill.shown', { shown: data.cases.length, total: data.total })}
              </Text>
              <ScrollArea.Autosize mah="60vh" type="auto">
                <Table striped fz="sm" verticalSpacing={4} data-testid="drill-cases">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('reports.drill.columns.number')}</Table.Th>
                      <Table.Th>{t('reports.drill.columns.name')}</Table.Th>
                      <Table.Th>{t('reports.drill.columns.date')}</Table.Th>
                      <Table.Th>{t('reports.drill.columns.status')}</Table.Th>
                      <Table.Th>{t('reports.drill.columns.summary')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.cases.map((item) => (
                      <Table.Tr key={`${item.kind}-${item.id}`}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <Anchor component={Link} to={caseHref(item)} fw={600} aria-label={t('reports.drill.openCase', { number: item.number })}>
                            {item.number}
                          </Anchor>
                          <Text size="xs" c="gray.8">
                            {t(`reports.drill.kinds.${item.kind}`)}
                          </Text>
                        </Table.Td>
                        <Table.Td>{item.name}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateText(item.date)}</Table.Td>
                        <Table.Td>{caseStatus(t, item)}</Table.Td>
                        <Table.Td>
                          <Text size="sm" lineClamp={2}>
                            {item.summary}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea.Autosize>
            </>
          ) : null}
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={onClose} data-autofocus>
              {t('reports.drill.close')}
            </Button>
          </Group>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
