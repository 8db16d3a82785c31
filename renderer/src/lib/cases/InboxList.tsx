// The inbox's rows in the windowed list (cases/WindowedList): only the rows in view are in the DOM.
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxItem } from '../../../../shared/ipc/channels/inbox';
import { WindowedList, type WindowedListHandle } from './WindowedList';
import { InboxRow, optionId, ROW_HEIGHT } from './InboxRow';

interface Props {
  items: InboxItem[];
  selected: number;
  onSelect: (index: number) => void;
  onOpen: (index: number) => void;
  onNearEnd: () => void;
}

export type InboxListHandle = WindowedListHandle;

export const InboxList = forwardRef<InboxListHandle, Props>(function InboxList(props, ref) {
  const { t } = useTranslation();
  return (
    <WindowedList
      ref={ref}
      {...props}
      label={t('cases.inbox.listLabel')}
      rowHeight={ROW_HEIGHT}
      optionIdOf={optionId}
      keyOf={(item) => `${item.kind}-${item.id}`}
      renderRow={(item, index, selected, pick) => <InboxRow item={item} index={index} total={props.items.length} selected={selected} onPick={pick} />}
    />
  );
});
