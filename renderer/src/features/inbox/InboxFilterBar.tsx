import { forwardRef, useEffect, useState, type ChangeEvent } from 'react';
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
  /** Enter or ↓ in the search field: the search applies at once and the list takes the focus. */
  onIntoResults?: () => void;
}

type TextFilter = 'search' | 'unit' | 'officer';
const TEXT_FILTERS: readonly TextFilter[] = ['search', 'unit', 'officer'];
const blankToUndefined = (text: string) => (text.trim() === '' ? undefined : text.trim());

/**
 * Kind, status, due within N working days, and three debounced text filters: search (words),
 * unit and officer (exact match in the core, as typed on the request). "/" focuses the search.
 */
export const InboxFilterBar = forwardRef<HTMLInputElement, Props>(function InboxFilterBar({ value, onChange, fixedKind, onIntoResults }, searchRef) {
  const { t } = useTranslation();
  const [text, setText] = useState<Record<TextFilter, string>>({
    search: value.search ?? '',
    unit: value.unit ?? '',
    officer: value.officer ?? '',
  });
  // One debounced object, one effect: two fields settling together must not overwrite each other.
  const [debounced] = useDebouncedValue(text, 250);
  useEffect(() => {
    const patch: Partial<InboxFilters> = {};
    for (const key of TEXT_FILTERS) {
      const next = blankToUndefined(debounced[key]);
      if (next !== value[key]) patch[key] = next;
    }
    if (Object.keys(patch).length > 0) onChange({ ...value, ...patch });
    // Only the debounced text drives this; the other filters arrive through `value`.
  }, [debounced]);
  const typed = (key: TextFilter) => (e: ChangeEvent<HTMLInputElement>) => {
    const next = e.currentTarget.value; // read now: the updater runs after the event is gone
    setText((current) => ({ ...current, [key]: next }));
  };

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
        onKeyDown={(e) => {
          if (e.key === 'Escape') e.currentTarget.blur();
          if ((e.key === 'Enter' || e.key === 'ArrowDown') && onIntoResults) {
            e.preventDefault();
            // Without waiting for the debounce: what was typed is what the list shows.
            const search = blankToUndefined(e.currentTarget.value);
            if (search !== value.search) onChange({ ...value, search });
            onIntoResults();
          }
        }}
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
