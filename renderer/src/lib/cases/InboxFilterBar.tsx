import { forwardRef } from 'react';
import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INBOX_KINDS, INBOX_STATUSES, type InboxFilters } from '../../../../shared/ipc/channels/inbox';
import { useTextFilters } from './textFilters';

const DUE_CHOICES = [0, 3, 5, 10] as const;

interface Props {
  value: InboxFilters;
  onChange: (filters: InboxFilters) => void;
  /** The Permohonan page shows requests only. */
  fixedKind?: InboxFilters['kind'];
  /** Enter or ↓ in the search field: the search applies at once and the list takes the focus. */
  onIntoResults?: () => void;
}


/**
 * Kind, status, due within N working days, and three debounced text filters: search (words),
 * unit and officer (exact match in the core, as typed on the request). "/" focuses the search.
 */
export const InboxFilterBar = forwardRef<HTMLInputElement, Props>(function InboxFilterBar({ value, onChange, fixedKind, onIntoResults }, searchRef) {
  const { t } = useTranslation();
  const { text, typed, searchKeys } = useTextFilters(value, onChange);

  const all = { value: '', label: t('cases.inbox.all') };
  const set = (patch: Partial<InboxFilters>) => onChange({ ...value, ...patch });
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t('cases.inbox.filters')}>
      <TextInput
        ref={searchRef}
        label={t('cases.inbox.search')}
        placeholder={t('cases.inbox.searchPlaceholder')}
        value={text.search}
        onChange={typed('search')}
        onKeyDown={searchKeys(onIntoResults)}
        w={300}
        type="search"
      />
      <TextInput
        label={t('cases.inbox.unit')}
        placeholder={t('cases.inbox.unitPlaceholder')}
        value={text.unit}
        onChange={typed('unit')}
        w={200}
        type="search"
      />
      <TextInput
        label={t('cases.inbox.officer')}
        placeholder={t('cases.inbox.officerPlaceholder')}
        value={text.officer}
        onChange={typed('officer')}
        w={200}
        type="search"
      />
      {!fixedKind && (
        <NativeSelect
          label={t('cases.inbox.kind')}
          value={value.kind ?? ''}
          data={[all, ...INBOX_KINDS.map((k) => ({ value: k, label: t(`cases.kinds.${k}`) }))]}
          onChange={(e) => set({ kind: (e.currentTarget.value || undefined) as InboxFilters['kind'] })}
        />
      )}
      <NativeSelect
        label={t('cases.inbox.status')}
        value={value.status ?? ''}
        data={[all, ...INBOX_STATUSES.map((s) => ({ value: s, label: t(`cases.statuses.${s}`) }))]}
        onChange={(e) => set({ status: (e.currentTarget.value || undefined) as InboxFilters['status'] })}
      />
      <NativeSelect
        label={t('cases.inbox.dueWithin')}
        value={value.dueWithinDays === undefined ? '' : String(value.dueWithinDays)}
        data={[
          { value: '', label: t('cases.inbox.dueWithinAny') },
          ...DUE_CHOICES.map((n) => ({ value: String(n), label: t('cases.inbox.dueWithinDays', { count: n }) })),
        ]}
        onChange={(e) => set({ dueWithinDays: e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value) })}
      />
    </Group>
  );
});
