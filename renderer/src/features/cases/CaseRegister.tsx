// A register page (Permohonan, Keberatan, Media): every case of one kind, of every status and year,
// newest first, with filters, keyboard and the case's detail pane (read-only once closed).
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { Group, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RegisterFilters, CaseRegisterKind } from '../../../../shared/ipc/channels/cases';
import { PageHeading } from '../../shell/PageHeading';
import { useGuarded } from '../../forms/unsaved';
import { PANE_SCOPE } from './DetailShell';
import { RequestDetailPane } from '../requests/RequestDetailPane';
import { ObjectionDetailPane } from '../objections/ObjectionDetailPane';
import { InquiryDetailPane } from '../inquiries/InquiryDetailPane';
import { useRegister } from './api';
import { RegisterFilterBar } from './RegisterFilterBar';
import { PagedListColumn } from './PagedListColumn';
import { RegisterRow, registerOptionId, REGISTER_ROW_HEIGHT } from './RegisterRow';
import { WindowedList, type WindowedListHandle } from './WindowedList';

interface Props {
  kind: CaseRegisterKind;
  title: string;
  /** Under the heading (Keberatan's objection/dispute switch, Media's tabs). */
  toolbar?: ReactNode;
  /** The page's heading action (e.g. "Permohonan baru"). */
  action?: ReactNode;
  /** What N does here; none on Keberatan. */
  onNew?: () => void;
}

export function CaseRegister({ kind, title, toolbar, action, onNew }: Props) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<RegisterFilters>({ status: 'any' });
  const query = useRegister(kind, filters);
  const items = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const first = query.data?.pages[0];
  const [selected, setSelected] = useState(0);
  const listRef = useRef<WindowedListHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const openParam = Number(params.get('open'));
  const [open, setOpen] = useState<number | null>(Number.isInteger(openParam) && openParam > 0 ? openParam : null);

  const guarded = useGuarded();
  const navigate = useNavigate();
  const openAt = (index: number) => {
    const item = items[index];
    if (!item || item.id === open) return;
    // Another case replaces the pane: a half-filled form in it is asked about first.
    guarded(() => {
      setOpen(item.id);
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
    // Shift+N: a new press inquiry from any list (on Media, the page's own "new").
    ['shift+N', () => (kind === 'inquiry' && onNew ? onNew() : void navigate('/media?tab=new'))],
  ]);

  const filtered = filters.search || filters.year || filters.status !== 'any' || filters.channel || filters.decision || filters.unit || filters.officer;
  const close = () => {
    setOpen(null);
    listRef.current?.focus();
  };
  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <PageHeading>{title}</PageHeading>
        {action}
      </Group>
      {toolbar}
      <Text size="sm" c="gray.8" mb="xs">
        {t(`register.intro.${kind}`)}
      </Text>
      <RegisterFilterBar
        ref={searchRef}
        kind={kind}
        value={filters}
        years={first?.years ?? []}
        onChange={(next) => {
          setFilters(next);
          setSelected(0);
        }}
        onEnterList={() => {
          setSelected(0);
          listRef.current?.focus();
        }}
      />
      <Group justify="space-between" mt="xs" mb={6} gap="xs">
        <Text size="sm" c="gray.8">
          {t(`register.help.${kind}`)}
        </Text>
        {first && (
          <Text size="xs" c="gray.8" aria-live="polite">
            {t('register.total', { count: first.total })} · {t('register.shown', { count: items.length })}
          </Text>
        )}
      </Group>
      <div className="inbox-split">
        <PagedListColumn
          pending={query.isPending}
          error={query.isError ? query.error : null}
          empty={items.length === 0}
          texts={{
            loading: t('register.loading'),
            failed: (message) => t('register.loadFailed', { message }),
            empty: filtered ? t('register.empty') : t(`register.emptyAll.${kind}`),
            loadMore: t('register.loadMore'),
          }}
          hasMore={query.hasNextPage}
          loadingMore={query.isFetchingNextPage}
          onLoadMore={loadMore}
        >
          <WindowedList
            ref={listRef}
            items={items}
            label={t('register.listLabel')}
            rowHeight={REGISTER_ROW_HEIGHT}
            optionIdOf={registerOptionId}
            keyOf={(item) => `${item.kind}-${item.id}`}
            renderRow={(item, index, isSelected, pick) => <RegisterRow item={item} index={index} total={items.length} selected={isSelected} onPick={pick} />}
            selected={selected}
            onSelect={setSelected}
            onOpen={openAt}
            onNearEnd={loadMore}
          />
        </PagedListColumn>
        {open !== null &&
          (kind === 'request' ? (
            <RequestDetailPane key={open} id={open} onClose={close} />
          ) : kind === 'objection' ? (
            <ObjectionDetailPane key={open} id={open} onClose={close} />
          ) : (
            <InquiryDetailPane key={open} id={open} onClose={close} />
          ))}
      </div>
    </>
  );
}
