import { CloseButton, Divider, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { RequestDetail } from '../../../../shared/ipc/channels/requests';
import { DueBadge } from '../inbox/DueBadge';
import { useRequest } from './api';
import { DeadlinePanel } from './DeadlinePanel';
import { NikField } from './NikField';
import { localParts } from './officeTime';
import { RequestActions } from './RequestActions';
import { TimelineList } from './TimelineList';

/** The right-hand pane of the inbox: one request, its deadline, its history and what can be done. */
export function RequestDetailPane({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useTranslation();
  const query = useRequest(id);
  return (
    <Paper withBorder p="md" component="section" aria-label={t('cases.detail.label')} className="inbox-pane" data-testid="detail-pane">
      <Group justify="flex-end" mb={-28}>
        <CloseButton onClick={onClose} aria-label={t('cases.detail.close')} />
      </Group>
      {query.isPending ? (
        <Text size="sm">{t('app.loading')}</Text>
      ) : query.isError ? (
        <Text size="sm" c="red.9">
          {t('cases.detail.loadFailed', { message: query.error.message })}
        </Text>
      ) : (
        <DetailBody detail={query.data} />
      )}
    </Paper>
  );
}

function DetailBody({ detail }: { detail: RequestDetail }) {
  const { t } = useTranslation();
  const received = localParts(detail.receivedAt, detail.zone);
  const r = detail.requester;
  const rows: [string, React.ReactNode][] = [
    [t('cases.detail.status'), t(`cases.statuses.${detail.status}`)],
    [t('cases.detail.receivedAt'), `${formatTanggal(received.date)} ${received.time}`],
    [t('cases.detail.channel'), t(`cases.channels.${detail.channel}`)],
    [t('cases.detail.requester'), r.proxyName ? `${r.name} (kuasa: ${r.proxyName})` : r.name],
    [t('cases.detail.idNumber'), <NikField key="nik" detail={detail} />],
    [t('cases.detail.address'), r.address],
    [t('cases.detail.phone'), r.phone],
    [t('cases.detail.email'), r.email || t('cases.detail.none')],
    [t('cases.detail.occupation'), r.occupation || t('cases.detail.none')],
    [t('cases.detail.information'), detail.information],
    [t('cases.detail.purpose'), detail.purpose],
    [t('cases.detail.accessMethod'), detail.accessMethod.map((m) => t(`cases.access.${m}`)).join(', ')],
    [t('cases.detail.deliveryMethod'), t(`cases.delivery.${detail.deliveryMethod}`)],
    [t('cases.detail.unit'), detail.unit || t('cases.detail.none')],
    [t('cases.detail.officer'), detail.officer || t('cases.detail.none')],
    [t('cases.detail.originalDue'), formatTanggal(detail.dueDate)],
  ];
  if (detail.extendedDueDate) {
    rows.push([t('cases.detail.extendedDue'), formatTanggal(detail.extendedDueDate)]);
    rows.push([t('cases.detail.extensionReason'), detail.extensionReason ?? '']);
  }
  return (
    <Stack gap="sm">
      <div>
        <Text size="xs" c="gray.8">
          {t('cases.kinds.request')}
        </Text>
        <Title order={2} size="h4" ff="monospace" pr={36} style={{ overflowWrap: 'anywhere' }}>
          {detail.number}
        </Title>
        <Group gap="sm" mt={4}>
          <Text size="sm" fw={700} data-testid="current-due">
            {t('cases.inbox.due', { date: formatTanggal(detail.currentDueDate) })}
          </Text>
          {detail.standing && <DueBadge state={detail.standing.state} workingDaysLeft={detail.standing.workingDaysLeft} />}
        </Group>
      </div>
      <RequestActions detail={detail} />
      <Divider />
      <Table withRowBorders={false} verticalSpacing={3} fz="sm" layout="fixed">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th fw={500} c="gray.8" w="34%" style={{ verticalAlign: 'top' }}>
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Divider />
      <DeadlinePanel kind="request" id={detail.id} />
      <Divider />
      <TimelineList id={detail.id} zone={detail.zone} />
    </Stack>
  );
}
