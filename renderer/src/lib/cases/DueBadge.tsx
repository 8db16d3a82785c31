// A due state as text plus a shape, so it reads without colour: ▲ late, ● today, ◆ soon, ○ on
// track, ‖ paused. Colours are dark enough for AA on white.
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { InboxState } from '../../../../shared/domain/requests/inboxState';
import { timeLeftText, timeLeftTextEn } from '../../../../shared/domain/inquiries/clocks';

const SHAPE: Record<InboxState, string> = { overdue: '▲', due_today: '●', due_soon: '◆', on_track: '○', paused: '‖' };
const COLOR: Record<InboxState, string> = {
  overdue: 'red.9',
  // Mantine's orange.9 is 4.3:1 on white and 3.9:1 on a selected row: below AA for small text.
  due_today: '#9a3412',
  // Mantine's yellow.9 is 3:1 on white; this amber keeps AA (about 6.9:1) for small text.
  due_soon: '#7a5200',
  on_track: 'teal.9',
  paused: 'gray.7',
};

export function dueText(t: TFunction, state: InboxState, workingDaysLeft: number, status?: string): string {
  switch (state) {
    case 'overdue':
      return t('cases.due.overdue', { count: Math.abs(workingDaysLeft) });
    case 'due_today':
      return t('cases.due.due_today');
    case 'paused':
      return status === 'answered' ? t('cases.due.pausedAnswered') : status === 'waiting_requester' ? t('cases.due.pausedWaiting') : t('cases.due.paused');
    default:
      return t('cases.due.left', { count: workingDaysLeft });
  }
}

/** Press inquiries run on hours: "sisa 3 jam 20 menit", "terlambat 45 menit". */
export function hoursText(language: string, minutesLeft: number): string {
  return language.startsWith('en') ? timeLeftTextEn(minutesLeft) : timeLeftText(minutesLeft);
}

/** `status`: a paused request says why (answered, waiting for the requester). */
export function DueBadge({ state, workingDaysLeft, minutesLeft = null, status }: { state: InboxState; workingDaysLeft: number; minutesLeft?: number | null; status?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap" data-state={state}>
      <Text span aria-hidden c={COLOR[state]} fw={700} w={14} ta="center">
        {SHAPE[state]}
      </Text>
      <Text span size="sm" fw={state === 'overdue' || state === 'due_today' ? 700 : 500} c={COLOR[state]} style={{ whiteSpace: 'nowrap' }}>
        {minutesLeft === null ? dueText(t, state, workingDaysLeft, status) : hoursText(i18n.language, minutesLeft)}
      </Text>
    </Group>
  );
}
