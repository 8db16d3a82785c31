import { forwardRef, type MouseEvent } from 'react';
import { Alert, Anchor, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldId, type SummaryItem } from './formModel';

/**
 * The list of problems above the form, focused after a failed save (GOV.UK pattern). Each item
 * moves focus to its field; a "#id" href would be taken as a route by the hash router.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { items: SummaryItem[] }>(function ErrorSummary({ items }, ref) {
  const { t } = useTranslation();
  const jump = (event: MouseEvent<HTMLAnchorElement>, path: string) => {
    event.preventDefault();
    document.getElementById(fieldId(path))?.focus();
  };
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red"
      variant="outline"
      title={t('settings.summaryTitle', { count: items.length })}
      id="profile-error-summary"
    >
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
