// A register page (Permohonan, Keberatan, Media): every case of one kind, of every status and year,
// newest first, with filters, keyboard and the case's detail pane (read-only once closed). The page
// passes the pane of its kind (`panes`): this shared part imports no feature.
import { useState, type ReactNode } from 'react';
import { Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RegisterFilters, CaseRegisterKind } from '../../../../shared/ipc/channels/cases';
import { useRegister } from './registerApi';
import { RegisterFilterBar } from './RegisterFilterBar';
import { RegisterRow, registerOptionId, REGISTER_ROW_HEIGHT } from './RegisterRow';
import { WindowedList } from './WindowedList';
import { CaseListFrame } from './CaseListFrame';
import { renderPane, type CasePanes } from './casePanes';
import { useCaseList } from './useCaseList';

interface Props {
  kind: CaseRegisterKind;
  title: string;
  /** The detail pane of this kind. */
  panes: CasePanes;
  /** Under the heading (Keberatan's objection/dispute switch, Media's tabs). */
  toolbar?: ReactNode;
  /** The page's heading action (e.g. "Permohonan baru"). */
  action?: ReactNode;
  /** What N does here; none on Keberatan. */
  onNew?: () => void;
}

export function CaseRegister({ kind, title, panes, toolbar, action, onNew }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<RegisterFilters>({ status: 'any' });
  const query = useRegister(kind, filters);
  const list = useCaseList(query, {
    openKind: kind,
    onNew,
    // Shift+N: a new press inquiry from any list (on Media, the page's own "new").
    onNewInquiry: () => (kind === 'inquiry' && onNew ? onNew() : void navigate('/media?tab=new')),
  });
  const { items, first } = list;

  const filtered = filters.search || filters.year || filters.status !== 'any' || filters.channel || filters.decision || filters.unit || filters.officer;
  const close = () => {
    list.setOpen(null);
    list.listRef.current?.focus();
  };
  return (
    <CaseListFrame
      title={title}
      action={action}
      toolbar={toolbar}
      intro={
        <Text size="sm" c="gray.8" mb="xs">
          {t(`register.intro.${kind}`)}
        </Text>
      }
      filterBar={
        <RegisterFilterBar
          ref={list.searchRef}
          kind={kind}
          value={filters}
          years={first?.years ?? []}
          onChange={(next) => {
            setFilters(next);
            list.filtersChanged();
          }}
          onEnterList={list.intoList}
        />
      }
      help={t(`register.help.${kind}`)}
      counts={
        first && (
          <>
            {t('register.total', { count: first.total })} · {t('register.shown', { count: items.length })}
          </>
        )
      }
      countsLive
      column={{
        ...list.paging,
        texts: {
          loading: t('register.loading'),
          failed: (message) => t('register.loadFailed', { message }),
          empty: filtered ? t('register.empty') : t(`register.emptyAll.${kind}`),
          loadMore: t('register.loadMore'),
        },
      }}
      list={
        <WindowedList
          ref={list.listRef}
          items={items}
          label={t('register.listLabel')}
          rowHeight={REGISTER_ROW_HEIGHT}
          optionIdOf={registerOptionId}
          keyOf={(item) => `${item.kind}-${item.id}`}
          renderRow={(item, index, isSelected, pick) => <RegisterRow item={item} index={index} total={items.length} selected={isSelected} onPick={pick} />}
          selected={list.selected}
          onSelect={list.setSelected}
          onOpen={list.openAt}
          onNearEnd={list.loadMore}
        />
      }
      pane={renderPane(panes, list.open, close)}
    />
  );
}
