import { List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatHariTanggal, formatTanggal } from '../../../../shared/domain/calendar/format';
import type { KipKind as InboxKind } from '../../../../shared/ipc/channels/inbox';
import { useDeadlineExplanation } from './deadlineApi';

/** How the due date was counted: day 0, skipped days with their decree, due date, calendar version. */
export function DeadlinePanel({ kind, id }: { kind: InboxKind; id: number }) {
  const { t } = useTranslation();
  const query = useDeadlineExplanation(kind, id);
  if (query.isPending) return <Text size="sm">{t('app.loading')}</Text>;
  if (query.isError) return <Text size="sm" c="red.9">{t('cases.detail.deadline.loadFailed', { message: query.error.message })}</Text>;
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('cases.detail.deadline.title')}
      </Title>
      {query.data.clocks.map(({ result, storedDue, storedCalendarVersion }, index) => (
        <Stack gap={4} key={`${result.clock}-${index}`}>
          <Table withRowBorders={false} verticalSpacing={2} fz="sm">
            <Table.Tbody>
              <Row label={t('cases.detail.deadline.received')} value={`${formatHariTanggal(result.receivedLocalDate)}${result.receivedLocalTime ? ` ${result.receivedLocalTime.replace(':', '.')}` : ''}`} />
              <Row label={t('cases.detail.deadline.effectiveStart')} value={formatHariTanggal(result.effectiveStart)} />
              <Row label={t('cases.detail.deadline.workingDays')} value={String(result.workingDays)} />
              <Row label={t('cases.detail.deadline.due')} value={formatHariTanggal(result.due)} strong />
              <Row label={t('cases.detail.deadline.calendar')} value={result.calendarVersion} />
              <Row label={t('cases.detail.deadline.basis')} value={result.basis} />
            </Table.Tbody>
          </Table>
          {(storedDue !== result.due || storedCalendarVersion !== result.calendarVersion) && (
            <Text size="xs" c="gray.8">
              {t('cases.detail.deadline.stored', { date: formatTanggal(storedDue), version: storedCalendarVersion })}
            </Text>
          )}
          <Text size="sm" fw={600}>
            {t('cases.detail.deadline.skipped')}
          </Text>
          {result.skipped.length === 0 ? (
            <Text size="sm">{t('cases.detail.deadline.noneSkipped')}</Text>
          ) : (
            <List size="sm" spacing={0}>
              {result.skipped.map((day) => (
                <List.Item key={day.date}>
                  {day.reason}
                </List.Item>
              ))}
            </List>
          )}
          {result.coverageWarning && (
            <Text size="sm" c="#9a3412">
              {result.coverageWarning}
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}

function Row({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <Table.Tr>
      <Table.Th fw={500} c="gray.8" w="42%" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td fw={strong ? 700 : 400}>{value}</Table.Td>
    </Table.Tr>
  );
}
