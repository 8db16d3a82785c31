// A windowed list: only the rows in view (plus a margin) are in the DOM, so 100,000 loaded items
// cost no more than 30. Rows have a fixed height; pages arrive by keyset cursor as the officer
// scrolls or moves the selection near the end.
import { Fragment, forwardRef, useEffect, useImperativeHandle, useRef, useState, type ForwardedRef, type KeyboardEvent, type ReactNode } from 'react';

const OVERSCAN = 6;
/** jsdom and a first paint have no layout: assume a typical viewport. */
const FALLBACK_HEIGHT = 600;
const PREFETCH_ROWS = 20;

interface Props<T> {
  items: T[];
  /** Accessible name of the list. */
  label: string;
  /** Fixed height of every row, in px. */
  rowHeight: number;
  /** The DOM id of an item's row (aria-activedescendant). */
  optionIdOf: (item: T) => string;
  keyOf: (item: T) => string;
  /** One row, absolutely positioned at index * rowHeight. */
  renderRow: (item: T, index: number, selected: boolean, pick: (index: number) => void) => ReactNode;
  selected: number;
  onSelect: (index: number) => void;
  onOpen: (index: number) => void;
  onNearEnd: () => void;
}

export interface WindowedListHandle {
  focus(): void;
}

function WindowedListInner<T>(
  { items, label, rowHeight: ROW_HEIGHT, optionIdOf, keyOf, renderRow, selected, onSelect, onOpen, onNearEnd }: Props<T>,
  ref: ForwardedRef<WindowedListHandle>,
) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_HEIGHT);
  useImperativeHandle(ref, () => ({ focus: () => box.current?.focus() }), []);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight || FALLBACK_HEIGHT);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Keep the selected row in view.
  useEffect(() => {
    const el = box.current;
    if (!el || selected < 0) return;
    const top = selected * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + height) el.scrollTop = top + ROW_HEIGHT - height;
    if (selected >= items.length - PREFETCH_ROWS) onNearEnd();
  }, [selected]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  useEffect(() => {
    if (items.length > 0 && last >= items.length - PREFETCH_ROWS / 2) onNearEnd();
  }, [last, items.length]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = (index: number) => {
      event.preventDefault();
      onSelect(Math.max(0, Math.min(items.length - 1, index)));
    };
    if (event.key === 'ArrowDown') move(selected + 1);
    else if (event.key === 'ArrowUp') move(selected - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else if (event.key === 'PageDown') move(selected + Math.floor(height / ROW_HEIGHT));
    else if (event.key === 'PageUp') move(selected - Math.floor(height / ROW_HEIGHT));
    else if (event.key === 'Enter' && selected >= 0) {
      event.preventDefault();
      onOpen(selected);
    }
  };

  const current = items[selected];
  return (
    <div
      ref={box}
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-activedescendant={current ? optionIdOf(current) : undefined}
      className="inbox-list"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div style={{ position: 'relative', height: items.length * ROW_HEIGHT }}>
        {items.slice(first, last).map((item, i) => (
          <Fragment key={keyOf(item)}>
            {renderRow(item, first + i, first + i === selected, (index) => {
              onSelect(index);
              onOpen(index);
            })}
          </Fragment>
        ))}
      </div>
    </div>
  );
}

/** A windowed, keyboard-driven listbox (inbox and registers). */
export const WindowedList = forwardRef(WindowedListInner) as <T>(props: Props<T> & { ref?: ForwardedRef<WindowedListHandle> }) => ReturnType<typeof WindowedListInner>;

/** Where a row sits in its list, as WindowedList's renderRow gives it. */
export interface RowPlace {
  index: number;
  total: number;
  selected: boolean;
  onPick: (index: number) => void;
}

interface RowProps extends RowPlace {
  id: string;
  height: number;
  children: ReactNode;
}

/** One option of a WindowedList, placed at its index (inbox and register rows). */
export function WindowedRow({ id, index, total, height, selected, onPick, children }: RowProps) {
  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={total}
      className="inbox-row"
      data-selected={selected || undefined}
      style={{ position: 'absolute', top: index * height, height, left: 0, right: 0 }}
      onClick={() => onPick(index)}
    >
      {children}
    </div>
  );
}
