// The triage list with filters, keyboard and the detail pane; home (#/) and Keberatan's disputes.
// The page passes the panes of the kinds it lists (`panes`): this shared part imports no feature.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { InboxFilters, InboxKind } from '../../../../shared/ipc/channels/inbox';
import { useInbox } from './inboxApi';
import { InboxFilterBar } from './InboxFilterBar';
import { InboxList } from './InboxList';
import { CaseListFrame } from './CaseListFrame';
import { renderPane, type CasePanes } from './casePanes';
import { useCaseList } from './useCaseList';

interface Props {
  title: string;
  /** The detail pane of each kind listed. */
  panes: CasePanes;
  /** The Permohonan page: requests only. */
  fixedKind?: InboxKind;
  /** Shown under the heading (the Keberatan page's objection/dispute switch). */
  toolbar?: ReactNode;
  /** What N does on this page and the shortcut line that says so (Media: a new inquiry). Default: a new request where requests are listed. */
  newItem?: { open: () => void; help: string; empty?: string };
}

export function CaseInbox({ title, panes, fixedKind, toolbar, newItem }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<InboxFilters>(fixedKind ? { kind: fixedKind } : {});
  const query = useInbox(filters);

  // N opens a new request only where the page offers one (not on Keberatan); the Media page passes
  // its own (a new inquiry).
  const offersNewRequest = !newItem && (!fixedKind || fixedKind === 'request');
  const filtered = Object.entries(filters).some(([key, value]) => value !== undefined && !(key === 'kind' && value === fixedKind));
  const openNew = newItem?.open ?? (offersNewRequest ? () => void navigate('/requests/new') : null);
  const list = useCaseList(query, {
    // ?open=ID opens that case even when it is closed: a request here, an objection on Keberatan.
    openKind: fixedKind ?? 'request',
    onNew: openNew ?? undefined,
    // Shift+N: a new press inquiry from any list (N is a new request; an objection is filed from its
    // request's pane). On the Media list both open the new inquiry.
    onNewInquiry: newItem?.open ?? (() => void navigate('/media?tab=new')),
  });
  const { items, first: firstPage, open } = list;

  // ?open=ID (e.g. "Buka di Kotak Masuk" after intake): highlight that row too, not the first.
  const highlightPending = useRef(open !== null);
  const { setSelected } = list;
  useEffect(() => {
    if (!highlightPending.current || !open || items.length === 0) return;
    highlightPending.current = false;
    const index = items.findIndex((item) => item.kind === open.kind && item.id === open.id);
    if (index >= 0) setSelected(index);
  }, [open, items, setSelected]);

  return (
    <CaseListFrame
      title={title}
      action={offersNewRequest && <Button onClick={() => void navigate('/requests/new')}>{t('cases.newRequest')}</Button>}
      toolbar={toolbar}
      filterBar={
        <InboxFilterBar
          ref={list.searchRef}
          value={filters}
          fixedKind={fixedKind}
          onChange={(next) => {
            setFilters(next);
            list.filtersChanged();
          }}
          // Enter or ↓ in the search: on into the results, first row selected.
          onIntoResults={list.intoList}
        />
      }
      help={newItem?.help ?? (offersNewRequest ? t('cases.inbox.help') : t('cases.inbox.helpNoNew'))}
      counts={
        firstPage && (
          <>
            {t('cases.inbox.shown', { count: items.length })} ·{' '}
            {t('cases.inbox.counted', { today: formatTanggal(firstPage.today), version: firstPage.calendarVersion })}
          </>
        )
      }
      column={{
        ...list.paging,
        texts: {
          loading: t('cases.inbox.loading'),
          failed: (message) => t('cases.inbox.loadFailed', { message }),
          // Nothing filtered out: say what to do, not only that nothing matched.
          empty: filtered ? t('cases.inbox.empty') : (newItem?.empty ?? (offersNewRequest ? t('cases.inbox.emptyStart') : t('cases.inbox.emptyNone'))),
          loadMore: t('cases.inbox.loadMore'),
        },
      }}
      list={<InboxList ref={list.listRef} items={items} selected={list.selected} onSelect={list.setSelected} onOpen={list.openAt} onNearEnd={list.loadMore} />}
      pane={renderPane(panes, open, () => list.setOpen(null))}
    />
  );
}
