// What the inbox and the registers share besides their frame: the loaded pages as one list, the
// selection and the keyboard (j/k, /, N, Shift+N), keyset paging, and the open case's pane, which
// another case replaces only after a half-filled form in it is asked about (forms/unsaved).
import { useMemo, useRef, useState } from 'react';
import { useHotkeys } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import type { InboxKind } from '../../../../shared/ipc/channels/inbox';
import { useGuarded } from '../../forms/unsaved';
import { PANE_SCOPE } from './DetailShell';
import type { OpenCase } from './casePanes';
import type { WindowedListHandle } from './WindowedList';

/** The parts of a keyset-paged infinite query the lists read. */
interface PagedQuery<P> {
  data?: { pages: P[] };
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

interface Options {
  /** ?open=ID opens that case (even a closed one) as this kind. */
  openKind: InboxKind;
  /** N. */
  onNew?: () => void;
  /** Shift+N. */
  onNewInquiry: () => void;
}

export function useCaseList<P extends { items: { kind: InboxKind; id: number }[] }>(query: PagedQuery<P>, { openKind, onNew, onNewInquiry }: Options) {
  const [params, setParams] = useSearchParams();
  const items = useMemo((): P['items'] => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const first = query.data?.pages[0];
  const [selected, setSelected] = useState(0);
  const listRef = useRef<WindowedListHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const openParam = Number(params.get('open'));
  const [open, setOpen] = useState<OpenCase | null>(Number.isInteger(openParam) && openParam > 0 ? { kind: openKind, id: openParam } : null);

  const guarded = useGuarded();
  const openAt = (index: number) => {
    const item = items[index];
    if (!item) return;
    if (open?.kind === item.kind && open.id === item.id) return;
    // Another case replaces the pane: a half-filled form in it is asked about first.
    guarded(() => {
      setOpen({ kind: item.kind, id: item.id });
      if (params.has('open')) setParams({}, { replace: true });
    }, PANE_SCOPE);
  };
  const move = (delta: number) => {
    setSelected((s) => Math.max(0, Math.min(items.length - 1, s + delta)));
    listRef.current?.focus();
  };
  const loadMore = () => {
    if (query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage();
  };
  useHotkeys([
    ['j', () => move(1)],
    ['k', () => move(-1)],
    ['/', () => searchRef.current?.focus()],
    ['n', () => onNew?.()],
    ['shift+N', onNewInquiry],
  ]);

  /** New filters: back to the first row. */
  const filtersChanged = () => setSelected(0);
  /** Enter or ↓ in the search: on into the results, first row selected. */
  const intoList = () => {
    setSelected(0);
    listRef.current?.focus();
  };
  /** The left column's paging state (PagedListColumn). */
  const paging = {
    pending: query.isPending,
    error: query.isError ? query.error : null,
    empty: items.length === 0,
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    onLoadMore: loadMore,
  };
  return { items, first, selected, setSelected, listRef, searchRef, open, setOpen, openAt, loadMore, filtersChanged, intoList, paging };
}
