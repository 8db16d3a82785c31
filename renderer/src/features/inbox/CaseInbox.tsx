import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { InboxFilters, InboxKind } from '../../../../shared/ipc/channels/inbox';
import { PageHeading } from '../../shell/PageHeading';
import { RequestDetailPane } from '../requests/RequestDetailPane';
import { DisputeDetailPane } from '../objections/DisputeDetailPane';
import { ObjectionDetailPane } from '../objections/ObjectionDetailPane';
import { InquiryDetailPane } from '../inquiries/InquiryDetailPane';
import { useInbox } from './api';
import { PANE_SCOPE } from '../cases/DetailShell';
import { useGuarded } from '../../forms/unsaved';
import { InboxFilterBar } from './InboxFilterBar';
import { PagedListColumn } from '../cases/PagedListColumn';
import { InboxList, type InboxListHandle } from './InboxList';

interface Props {
  title: string;
  /** The Permohonan page: requests only. */
  fixedKind?: InboxKind;
  /** Shown under the heading (the Keberatan page's objection/dispute switch). */
  toolbar?: ReactNode;
  /** What N does on this page and the shortcut line that says so (Media: a new inquiry). Default: a new request where requests are listed. */
  newItem?: { open: () => void; help: string; empty?: string };
}

/** The triage list with filters, keyboard and the detail pane; home (#/), the Permohonan and Keberatan pages. */
export function CaseInbox({ title, fixedKind, toolbar, newItem }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<InboxFilters>(fixedKind ? { kind: fixedKind } : {});
  const query = useInbox(filters);
  const items = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const firstPage = query.data?.pages[0];
  const [selected, setSelected] = useState(0);
  const listRef = useRef<InboxListHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const openParam = Number(params.get('open'));
  const [open, setOpen] = useState<{ kind: InboxKind; id: number } | null>(
    // ?open=ID opens that case even when it is closed: a request here, an objection on Keberatan.
    Number.isInteger(openParam) && openParam > 0 ? { kind: fixedKind ?? 'request', id: openParam } : null,
  );
  // ?open=ID (e.g. "Buka di Kotak Masuk" after intake): highlight that row too, not the first.
  const highlightPending = useRef(open !== null);
  useEffect(() => {
    if (!highlightPending.current || !open || items.length === 0) return;
    highlightPending.current = false;
    const index = items.findIndex((item) => item.kind === open.kind && item.id === open.id);
    if (index >= 0) setSelected(index);
  }, [open, items]);
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

  // N opens a new request only where the page offers one (not on Keberatan); the Media page passes
  // its own (a new inquiry).
  const offersNewRequest = !newItem && (!fixedKind || fixedKind === 'request');
  const filtered = Object.entries(filters).some(([key, value]) => value !== undefined && !(key === 'kind' && value === fixedKind));
  const openNew = newItem?.open ?? (offersNewRequest ? () => void navigate('/requests/new') : null);
  // Shift+N: a new press inquiry from any list (N is a new request; an objection is filed from its
  // request's pane). On the Media list both open the new inquiry.
  const openNewInquiry = newItem?.open ?? (() => void navigate('/media?tab=new'));
  useHotkeys([
    ['j', () => move(1)],
    ['k', () => move(-1)],
    ['/', () => searchRef.current?.focus()],
    ['n', () => openNew?.()],
    ['shift+N', openNewInquiry],
  ]);

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <PageHeading>{title}</PageHeading>
        {offersNewRequest && <Button onClick={() => void navigate('/requests/new')}>{t('cases.newRequest')}</Button>}
      </Group>
      {toolbar}
      <InboxFilterBar
        ref={searchRef}
        value={filters}
        fixedKind={fixedKind}
        onChange={(next) => {
          setFilters(next);
          setSelected(0);
        }}
        // Enter or ↓ in the search: on into the results, first row selected.
        onIntoResults={() => {
          setSelected(0);
          listRef.current?.focus();
        }}
      />
      <Group justify="space-between" mt="xs" mb={6} gap="xs">
        <Text size="sm" c="gray.8">
          {newItem?.help ?? (offersNewRequest ? t('cases.inbox.help') : t('cases.inbox.helpNoNew'))}
        </Text>
        {firstPage && (
          <Text size="xs" c="gray.8">
            {t('cases.inbox.shown', { count: items.length })} ·{' '}
            {t('cases.inbox.counted', { today: formatTanggal(firstPage.today), version: firstPage.calendarVersion })}
          </Text>
        )}
      </Group>
      <div className="inbox-split">
        <PagedListColumn
          pending={query.isPending}
          error={query.isError ? query.error : null}
          empty={items.length === 0}
          texts={{
            loading: t('cases.inbox.loading'),
            failed: (message) => t('cases.inbox.loadFailed', { message }),
            // Nothing filtered out: say what to do, not only that nothing matched.
            empty: filtered ? t('cases.inbox.empty') : (newItem?.empty ?? (offersNewRequest ? t('cases.inbox.emptyStart') : t('cases.inbox.emptyNone'))),
            loadMore: t('cases.inbox.loadMore'),
          }}
          hasMore={query.hasNextPage}
          loadingMore={query.isFetchingNextPage}
          onLoadMore={loadMore}
        >
          <InboxList ref={listRef} items={items} selected={selected} onSelect={setSelected} onOpen={openAt} onNearEnd={loadMore} />
        </PagedListColumn>
        {open &&
          (open.kind === 'request' ? (
            <RequestDetailPane key={open.id} id={open.id} onClose={() => setOpen(null)} />
          ) : open.kind === 'objection' ? (
            <ObjectionDetailPane key={open.id} id={open.id} onClose={() => setOpen(null)} />
          ) : open.kind === 'inquiry' ? (
            <InquiryDetailPane key={open.id} id={open.id} onClose={() => setOpen(null)} />
          ) : (
            <DisputeDetailPane key={open.id} id={open.id} onClose={() => setOpen(null)} />
          ))}
      </div>
    </>
  );
}
