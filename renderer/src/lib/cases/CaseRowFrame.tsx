// One case in a list, two lines: number and who (and a badge on the right); what and when. The
// inbox's rows and the registers' rows differ only in what fills these places.
import type { ReactNode } from 'react';
import { Group, Text } from '@mantine/core';
import { WindowedRow, type RowPlace } from './WindowedList';

interface Props extends RowPlace {
  /** DOM id of the row (aria-activedescendant). */
  id: string;
  height: number;
  item: { number: string; requesterName: string; title: string };
  /** Before the number (the inbox's kind badge). */
  lead?: ReactNode;
  /** Right of the first line (status or time left). */
  badge: ReactNode;
  /** Before the title on the second line (an objection's request). */
  titlePrefix?: string;
  /** Right of the second line (dates). */
  when: ReactNode;
}

export function CaseRowFrame({ id, index, total, height, selected, onPick, item, lead, badge, titlePrefix, when }: Props) {
  const { number, requesterName, title } = item;
  return (
    <WindowedRow id={id} index={index} total={total} height={height} selected={selected} onPick={onPick}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap={8} wrap="nowrap" miw={0}>
          {lead}
          <Text span size="sm" fw={700} ff="monospace" style={{ whiteSpace: 'nowrap' }}>
            {number}
          </Text>
          <Text span size="sm" truncate="end" title={requesterName}>
            {requesterName}
          </Text>
        </Group>
        {badge}
      </Group>
      <Group justify="space-between" wrap="nowrap" gap="sm" mt={4}>
        <Text span size="sm" c="gray.8" truncate="end" title={title} miw={0}>
          {titlePrefix}
          {title}
        </Text>
        <Text span size="xs" c="gray.8" style={{ whiteSpace: 'nowrap' }}>
          {when}
        </Text>
      </Group>
    </WindowedRow>
  );
}
