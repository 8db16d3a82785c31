import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import { localParts } from '../../lib/officeTime';
import { useTimeline } from './api';
import { useActorLabel } from '../../lib/officer';

export function TimelineList({ id, zone }: { id: number; zone: string }) {
  const { t } = useTranslation();
  const query = useTimeline(id);
  const actorLabel = useActorLabel();
  const status = (s: string | null) => (s ? t(`cases.statuses.${s}` as 'cases.statuses.registered', { defaultValue: s }) : '');
  // "letter_issued" → "Surat diterbitkan"; an action this version does not know reads as words.
  const action = (a: string) => t(`cases.detail.timeline.actions.${a}` as 'cases.detail.timeline.actions.created', { defaultValue: humanize(a) });
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {t('cases.detail.timeline.title')}
      </Title>
      {query.isPending ? (
        <Text size="sm">{t('app.loading')}</Text>
      ) : query.isError ? (
        <Text size="sm" c="red.9">
          {t('cases.detail.timeline.loadFailed', { message: query.error.message })}
        </Text>
      ) : query.data.length === 0 ? (
        <Text size="sm">{t('cases.detail.timeline.empty')}</Text>
      ) : (
        <List size="sm" spacing={4}>
          {query.data.map((event) => {
            const at = localParts(event.at, zone);
            const move = event.toStatus ? `${status(event.fromStatus)}${event.fromStatus ? ' → ' : ''}${status(event.toStatus)}` : action(event.action);
            return (
              <List.Item key={event.id}>
                <Text span size="sm" fw={600}>
                  {formatTanggal(at.date)} {at.time}
                </Text>{' '}
                <Text span size="sm">
                  {move}
                  {event.note ? `: ${event.note}` : ''} ({actorLabel(event.actor)})
                </Text>
              </List.Item>
            );
          })}
        </List>
      )}
    </Stack>
  );
}

/** 'dispute_updated' → 'Dispute updated': never the raw key. */
function humanize(action: string): string {
  const words = action.replace(/[_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
