// What the objection and dispute panes share with the request pane: the frame, the heading with
// the due date, and the label/value table.
import type { ReactNode } from 'react';
import { CloseButton, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { InboxState } from '../../../../shared/domain/requests/inboxState';
import { DueBadge } from '../inbox/DueBadge';

export function PaneFrame({ onClose, children }: { onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-label={t('cases.detail.label')} className="inbox-pane" data-testid="detail-pane">
      <Group justify="flex-end" mb={-28}>
        <CloseButton onClick={onClose} aria-label={t('cases.detail.close')} />
      </Group>
      {children}
    </Paper>
  );
}

export function PaneHeading({ kind, number, due, standing }: { kind: string; number: string; due: string; standing: { state: InboxState; workingDaysLeft: number } | null }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="xs" c="gray.8">
        {kind}
      </Text>
      <Title order={2} size="h4" ff="monospace" pr={36} style={{ overflowWrap: 'anywhere' }}>
        {number}
      </Title>
      <Group gap="sm" mt={4}>
        <Text size="sm" fw={700} data-testid="current-due">
          {t('cases.inbox.due', { date: formatTanggal(due) })}
        </Text>
        {standing && <DueBadge state={standing.state} workingDaysLeft={standing.workingDaysLeft} />}
      </Group>
    </div>
  );
}

export function FieldTable({ rows }: { rows: [string, ReactNode][] }) {
  return (
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
  );
}
