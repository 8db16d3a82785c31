import { forwardRef, type MouseEvent } from 'react';
import { Alert, Anchor, List } from '@mantine/core';

export interface SummaryItem {
  /** Dotted field path ('' for a problem of the whole form). */
  path: string;
  message: string;
}

interface Props {
  items: SummaryItem[];
  title: string;
  /** The DOM id of a field's input, so each item can focus it. */
  fieldId: (path: string) => string;
  id?: string;
}

/**
 * The list of problems above a form, focused after a failed save (GOV.UK pattern). Each item
 * moves focus to its field; a "#id" href alone would be taken as a route by the hash router.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, Props>(function ErrorSummary({ items, title, fieldId, id }, ref) {
  const jump = (event: MouseEvent<HTMLAnchorElement>, path: string) => {
    event.preventDefault();
    document.getElementById(fieldId(path))?.focus();
  };
  return (
    <Alert ref={ref} tabIndex={-1} color="red" variant="outline" title={title} id={id}>
      <List size="sm" spacing={2}>
        {items.map((item, index) =>
          item.path ? (
            <List.Item key={`${item.path}-${index}`}>
              <Anchor href={`#${fieldId(item.path)}`} onClick={(event) => jump(event, item.path)} c="red.9" size="sm">
                {item.message}
              </Anchor>
            </List.Item>
          ) : (
            <List.Item key={`general-${index}`}>{item.message}</List.Item>
          ),
        )}
      </List>
    </Alert>
  );
});
