// The debounced text filters of the inbox and register filter bars (search, unit, officer): typed
// at once into local state, sent as one patch 250 ms after typing settles.
import { useEffect, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { useDebouncedValue } from '@mantine/hooks';

export type TextFilter = 'search' | 'unit' | 'officer';
const TEXT_FILTERS: readonly TextFilter[] = ['search', 'unit', 'officer'];
const blankToUndefined = (text: string) => (text.trim() === '' ? undefined : text.trim());

type WithText = Partial<Record<TextFilter, string | undefined>>;

export function useTextFilters<F extends WithText>(value: F, onChange: (next: F) => void) {
  const [text, setText] = useState<Record<TextFilter, string>>({ search: value.search ?? '', unit: value.unit ?? '', officer: value.officer ?? '' });
  // One debounced object, one effect: two fields settling together must not overwrite each other.
  const [debounced] = useDebouncedValue(text, 250);
  useEffect(() => {
    const patch: WithText = {};
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
  /** The search field's keys: Escape leaves it; Enter or ↓ apply the search at once and go into the results. */
  const searchKeys = (onIntoResults?: () => void) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') e.currentTarget.blur();
    if ((e.key === 'Enter' || e.key === 'ArrowDown') && onIntoResults) {
      e.preventDefault();
      // Without waiting for the debounce: what was typed is what the list shows.
      const search = blankToUndefined(e.currentTarget.value);
      if (search !== value.search) onChange({ ...value, search });
      onIntoResults();
    }
  };
  return { text, typed, searchKeys };
}
