// Kotak Masuk's warning that the working-day calendar runs out (shared/domain/calendar/coverageNotice):
// from November when next year's national holidays are missing, and urgently once the year has
// begun without them (intake is refused until they are entered). Links to Pengaturan › Kalender.
import { useId } from 'react';
import { Anchor, Paper, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { coverageNotice } from '../../../../../shared/domain/calendar/coverageNotice';
import { useOfficeNow } from '../../../forms/officeNow';
import { useCalendar } from './api';

export const CALENDAR_SECTION_ID = 'kalender';

export function CalendarNotice() {
  const { t } = useTranslation();
  const calendar = useCalendar().data;
  const today = useOfficeNow().today();
  const titleId = useId();
  if (!calendar) return null;
  const notice = coverageNotice(calendar.coveredYears, today);
  if (!notice) return null;
  const urgent = notice.kind === 'current';
  return (
    <Paper
      component="section"
      aria-labelledby={titleId}
      withBorder
      p="sm"
      mb="sm"
      className="calendar-notice"
      style={{ borderColor: `var(--mantine-color-${urgent ? 'red' : 'orange'}-9)`, borderLeftWidth: 6 }}
    >
      <Text id={titleId} fw={700} size="sm">
        {t(urgent ? 'calendar.notice.current' : 'calendar.notice.next', { year: notice.year })}
      </Text>
      <Text size="sm">{t(urgent ? 'calendar.notice.currentAdvice' : 'calendar.notice.nextAdvice', { year: notice.year })}</Text>
      <Anchor component={Link} to={`/settings?section=${CALENDAR_SECTION_ID}`} size="sm" fw={600}>
        {t('calendar.notice.link')}
      </Anchor>
    </Paper>
  );
}
