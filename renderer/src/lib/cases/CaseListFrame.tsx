// The frame of the inbox and of the registers: heading and its action, the page's toolbar, the
// filters, the shortcut line with the counts, then the list column beside the open case's pane.
import type { ReactNode } from 'react';
import { Group, Text } from '@mantine/core';
import { PageHeading } from '../../shell/PageHeading';
import { PagedListColumn } from './PagedListColumn';

interface Props {
  title: string;
  action?: ReactNode;
  toolbar?: ReactNode;
  /** Under the toolbar, before the filters (the registers' one line on what they hold). */
  intro?: ReactNode;
  filterBar: ReactNode;
  /** The shortcut line. */
  help: ReactNode;
  /** Right of the shortcut line, once the first page is in. */
  counts?: ReactNode;
  /** The counts are announced as they change (the registers). */
  countsLive?: boolean;
  column: Omit<Parameters<typeof PagedListColumn>[0], 'children'>;
  list: ReactNode;
  pane: ReactNode;
}

export function CaseListFrame({ title, action, toolbar, intro, filterBar, help, counts, countsLive, column, list, pane }: Props) {
  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <PageHeading>{title}</PageHeading>
        {action}
      </Group>
      {toolbar}
      {intro}
      {filterBar}
      <Group justify="space-between" mt="xs" mb={6} gap="xs">
        <Text size="sm" c="gray.8">
          {help}
        </Text>
        {counts && (
          <Text size="xs" c="gray.8" aria-live={countsLive ? 'polite' : undefined}>
            {counts}
          </Text>
        )}
      </Group>
      <div className="inbox-split">
        <PagedListColumn {...column}>{list}</PagedListColumn>
        {pane}
      </div>
    </>
  );
}
