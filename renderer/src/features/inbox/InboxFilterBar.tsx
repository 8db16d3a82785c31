import { forwardRef, useEffect, useState } from 'react';
import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { INBOX_KINDS, INBOX_STATUSES, type InboxFilters } from '../../../../shared/ipc/channels/inbox';

const DUE_CHOICES = [0, 3, 5, 10] as const;

interface Props {
  value: InboxFilters;
  onChange: (filters: InboxFilters) => void;
  /** The Permohonan page shows requests only. */
  fixedKind?: InboxFilters['kind'];
}

/** Kind, status, due within N working days, and a debounced search. "/" focuses the search. */
export const InboxFilterBar = forwardRef<HTMLInputElement, Props>(function InboxFilterBar({ value, onChange, fixedKind }, searchRef) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value.search ?? '');
  const [debounced] = useDebouncedValue(search, 250);
  useEffect(() => {
    const next = debounced.trim() === '' ? undefined : debounced.trim();
    if (next !== value.search) onChange({ ...value, search: next });
    // Only the debounced text drives this; the other filters arrive through `value`.
  }, [debounced]);

  const all = { value: '', label: t('cases.inbox.all') };
  const set = (patch: Partial<InboxFilters>) => onChange({ ...value, ...patch });
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t('cases.inbox.filters')}>
      <TextInput
        ref={searchRef}
        label={t('cases.inbox.search')}
        placeholder={t('cases.inbox.searchPlaceholder')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') e.currentTarget.blur();
        }}
        w={300}
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
