import { memo } from 'react';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { InboxItem } from '../../../../shared/ipc/channels/inbox';
import { DueBadge } from './DueBadge';
import { CaseRowFrame } from './CaseRowFrame';
import type { RowPlace } from './WindowedList';
import { useOfficeZone } from '../officeZone';
import { localParts } from '../officeTime';

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

interface Props extends RowPlace {
  item: InboxItem;
}

/** One case, two lines: who and what; status and when. Positioned by the list (windowing). */
export const InboxRow = memo(function InboxRow({ item, ...place }: Props) {
  const { t } = useTranslation();
  const zone = useOfficeZone();
  const statusKey = `cases.statuses.${item.status}` as const;
  const status = t(statusKey as 'cases.statuses.registered', { defaultValue: item.status });
  return (
    <CaseRowFrame
      id={optionId(item)}
      height={ROW_HEIGHT}
      item={item}
      {...place}
      lead={
        <Badge variant="outline" color={KIND_COLOR[item.kind]} size="sm" radius="sm" style={{ flexShrink: 0 }}>
          {t(`cases.kinds.${item.kind}`)}
        </Badge>
      }
      badge={<DueBadge state={item.state} workingDaysLeft={item.workingDaysLeft} minutesLeft={item.minutesLeft ?? null} status={item.status} />}
      when={
        <>
          {status} · {item.dueAt ? t('cases.inbox.dueAt', { time: localTime(item.dueAt, zone) }) : t('cases.inbox.due', { date: formatTanggal(item.due) })}
        </>
      }
    />
  );
});
