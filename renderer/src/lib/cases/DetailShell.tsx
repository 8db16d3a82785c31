// What the request, objection and dispute panes share: the frame, the loading/error states,
// the heading with the due date, and the label/value table.
import { useEffect, useRef, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { CloseButton, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { InboxState } from '../../../../shared/domain/requests/inboxState';
import { DueBadge } from './DueBadge';
import { UnsavedScope, useGuarded } from '../../forms/unsaved';

/** The scope of the one open detail pane: its forms' unsaved input is asked about when it closes. */
export const PANE_SCOPE = 'pane';

export function PaneFrame({ onClose, children }: { onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  const guarded = useGuarded();
  const frame = useRef<HTMLElement>(null);
  const latestClose = useRef(onClose);
  latestClose.current = onClose;
  const close = () => {
    const focusWasInside = frame.current?.contains(document.activeElement) ?? false;
    guarded(() => {
      latestClose.current();
      // Back to the list the pane was opened from, not to the top of the page.
      if (focusWasInside) setTimeout(() => document.querySelector<HTMLElement>('.inbox-list')?.focus(), 0);
    }, PANE_SCOPE);
  };
  const closeRef = useRef(close);
  closeRef.current = close;

  // Escape closes the pane: from inside it (fields included), or from the page around it, but not
  // from a dialog (it closes itself) nor from a field elsewhere (the inbox search clears there).
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('[role="dialog"], [aria-modal="true"]')) return;
      const inside = target !== null && (frame.current?.contains(target) ?? false);
      if (!inside && target?.matches('input, textarea, select, [contenteditable="true"]')) return;
      e.preventDefault();
      closeRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <Paper
      ref={frame}
      withBorder
      p="md"
      component="section"
      aria-label={t('cases.detail.label')}
      className="inbox-pane"
      data-testid="detail-pane"
    >
      <Group justify="flex-end" mb={-28}>
        <CloseButton onClick={close} aria-label={t('cases.detail.close')} />
      </Group>
      <UnsavedScope name={PANE_SCOPE}>{children}</UnsavedScope>
    </Paper>
  );
}

/** Shows loading or the load error of a detail query, else its body. */
export function PaneQuery<T>({ query, children }: { query: UseQueryResult<T, Error>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) return <Text size="sm">{t('app.loading')}</Text>;
  if (query.isError) {
    return (
      <Text size="sm" c="red.9">
        {t('cases.detail.loadFailed', { message: query.error.message })}
      </Text>
    );
  }
  return <>{children(query.data)}</>;
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
