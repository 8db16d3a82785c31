// The inbox's reminder of exempt information due for review (UU KIP Ps 20(1): most Ps 17 exemptions
// are not permanent). Quiet when nothing is due; each line links to the document in Arsip.
import { useId } from 'react';
import { Anchor, List, Paper, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import { useArchiveEvents, useReviewsDue } from '../../lib/archive';

export function ReviewsNotice() {
  const { t } = useTranslation();
  useArchiveEvents();
  const query = useReviewsDue();
  const headingId = useId();
  const items = query.data ?? [];
  if (items.length === 0) return null;
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="sm" mb="sm" className="reviews-notice">
      <Title order={2} id={headingId} size="h5" mb={4}>
        {t('archive.reviews.title', { count: items.length })}
      </Title>
      <List size="sm" spacing={2}>
        {items.map((item) => (
          <List.Item key={item.id}>
            <Anchor component={Link} to={`/archive?doc=${item.id}`}>
              {item.title}
            </Anchor>{' '}
            <Text span size="sm" fw={item.overdue ? 700 : undefined}>
              — {t(item.overdue ? 'archive.reviews.overdue' : 'archive.reviews.due', { date: formatTanggal(item.reviewDate), letter: item.exemptionLetter })}
            </Text>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
