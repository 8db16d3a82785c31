import { memo } from 'react';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { RegisterItem } from '../../../../shared/ipc/channels/cases';
import { useOfficeZone } from '../officeZone';
import { localParts } from '../officeTime';
import { CaseRowFrame } from './CaseRowFrame';
import type { RowPlace } from './WindowedList';

export const REGISTER_ROW_HEIGHT = 64;

/** An objection's statuses have their own words ("Ditanggapi"); requests and inquiries share the cases' ones. */
export function statusLabel(t: TFunction, kind: RegisterItem['kind'], status: string): string {
  if (kind === 'objection') return t(`objections.statuses.${status}` as 'objections.statuses.answered', { defaultValue: status });
  return t(`cases.statuses.${status}` as 'cases.statuses.registered', { defaultValue: status });
}

export function registerOptionId(item: Pick<RegisterItem, 'kind' | 'id'>): string {
  return `register-${item.kind}-${item.id}`;
}

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** closedOn is a date (objections) or an instant (requests, inquiries): the office-local date either way. */
function closedDate(value: string, zone: string): string {
  return isDate(value) ? value : localParts(value, zone).date;
}

/** A KIP due date, or an inquiry's due instant on the office's wall clock: '25 Nov 2026' / '23 Nov 2026 10.20'. */
function dueText(value: string, zone: string): string {
  if (isDate(value)) return formatTanggal(value, 'short');
  const p = localParts(value, zone);
  return `${formatTanggal(p.date, 'short')} ${p.time}`;
}

interface Props extends RowPlace {
  item: RegisterItem;
}

/** One case, two lines: number, who and status; what, when received and when closed. */
export const RegisterRow = memo(function RegisterRow({ item, ...place }: Props) {
  const { t } = useTranslation();
  const zone = useOfficeZone();
  const status = statusLabel(t, item.kind, item.status);
  const decision = item.decision
    ? item.kind === 'objection'
      ? t(`objections.decisions.${item.decision}` as 'objections.decisions.ditolak', { defaultValue: item.decision })
      : t(`cases.actions.decisions.${item.decision}` as 'cases.actions.decisions.ditolak', { defaultValue: item.decision })
    : null;
  return (
    <CaseRowFrame
      id={registerOptionId(item)}
      height={REGISTER_ROW_HEIGHT}
      item={item}
      {...place}
      badge={
        <Badge variant={item.open ? 'light' : 'outline'} color={item.open ? 'blue.9' : 'gray.8'} size="sm" radius="sm" style={{ flexShrink: 0 }}>
          {decision ? `${status} · ${decision}` : status}
        </Badge>
      }
      titlePrefix={item.requestNumber && item.kind === 'objection' ? `${t('register.ofRequest', { number: item.requestNumber })} — ` : ''}
      when={
        <>
          {t('register.received', { date: formatTanggal(item.receivedDate, 'short') })} ·{' '}
          {item.closedOn ? t('register.closedOn', { date: formatTanggal(closedDate(item.closedOn, zone), 'short') }) : item.open ? t('register.dueOn', { date: dueText(item.due, zone) }) : ''}
        </>
      }
    />
  );
});
