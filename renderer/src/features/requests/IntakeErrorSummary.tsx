import { forwardRef, type MouseEvent } from 'react';
import { Alert, Anchor, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { intakeFieldId, type SummaryItem } from './intakeModel';

/** The problems above the intake form, focused after a failed save; each link focuses its field. */
export const IntakeErrorSummary = forwardRef<HTMLDivElement, { items: SummaryItem[] }>(function IntakeErrorSummary({ items }, ref) {
  const { t } = useTranslation();
  const jump = (event: MouseEvent<HTMLAnchorElement>, path: string) => {
    event.preventDefault();
    document.getElementById(intakeFieldId(path))?.focus();
  };
  return (
    <Alert ref={ref} tabIndex={-1} color="red" variant="outline" title={t('cases.intake.summaryTitle', { count: items.length })}>
      <List size="sm" spacing={2}>
        {items.map((item, index) =>
          item.path ? (
            <List.Item key={`${item.path}-${index}`}>
              <Anchor href={`#${intakeFieldId(item.path)}`} onClick={(event) => jump(event, item.path)} c="red.9" size="sm">
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
