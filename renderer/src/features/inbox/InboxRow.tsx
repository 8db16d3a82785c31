import { memo } from 'react';
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { InboxItem } from '../../../../shared/ipc/channels/inbox';
import { DueBadge } from './DueBadge';
import { WindowedRow } from '../cases/WindowedList';
import { useOfficeZone } from '../../lib/officeZone';
import { localParts } from '../../lib/officeTime';

export const ROW_HEIGHT = 64;

const KIND_COLOR = { request: 'blue.9', objection: 'grape.9', dispute: 'orange.9', inquiry: 'cyan.9' } as const;

/** The due instant on the office's wall clock (WITA), whatever zone the PC is set to: '23 Nov 14.00'. */
function localTime(iso: string, zone: string): string {
  const p = localParts(iso, zone);
  return `${formatTanggal(p.date, 'short')} ${p.time}`;
}

export function optionId(item: Pick<InboxItem, 'kind' | 'id'>): string {
  return `inbox-${item.kind}-${item.id}`;
}

interface Props {
  item: InboxItem;
  index: number;
  total: number;
  selected: boolean;
  onPick: (index: number) => void;
}

/** One case, two lines: who and what; status and when. Positioned by the list (windowing). */
export const InboxRow = memo(function InboxRow({ item, index, total, selected, onPick }: Props) {
  const { t } = useTranslation();
  const zone = useOfficeZone();
  const statusKey = `cases.statuses.${item.status}` as const;
  const status = t(statusKey as 'cases.statuses.registered', { defaultValue: item.status });
  return (
    <WindowedRow id={optionId(item)} index={index} total={total} height={ROW_HEIGHT} selected={selected} onPick={onPick}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap={8} wrap="nowrap" miw={0}>
          <Badge variant="outline" color={KIND_COLOR[item.kind]} size="sm" radius="sm" style={{ flexShrink: 0 }}>
            {t(`cases.kinds.${item.kind}`)}
          </Badge>
          <Text span size="sm" fw={700} ff="monospace" style={{ whiteSpace: 'nowrap' }}>
            {item.number}
          </Text>
          <Text span size="sm" truncate="end" title={item.requesterName}>
            {item.requesterName}
          </Text>
        </Group>
        <DueBadge state={item.state} workingDaysLeft={item.workingDaysLeft} minutesLeft={item.minutesLeft ?? null} status={item.status} />
      </Group>
      <Group justify="space-between" wrap="nowrap" gap="sm" mt={4}>
        <Text span size="sm" c="gray.8" truncate="end" title={item.title} miw={0}>
          {item.title}
        </Text>
        <Text span size="xs" c="gray.8" style={{ whiteSpace: 'nowrap' }}>
          {status} · {item.dueAt ? t('cases.inbox.dueAt', { time: localTime(item.dueAt, zone) }) : t('cases.inbox.due', { date: formatTanggal(item.due) })}
        </Text>
      </Group>
    </WindowedRow>
  );
});
