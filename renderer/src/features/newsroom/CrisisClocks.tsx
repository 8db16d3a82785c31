// Kotak Masuk: open crises (klarifikasi hoaks) with their holding-statement clocks, above the list
// where the inquiries' hour clocks are; nothing is shown while no crisis is open.
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOpenCrises } from './api';
import { clockState } from './ClarificationDetail';
import { DueBadge } from '../../lib/cases/DueBadge';

export function CrisisClocks() {
  const { t } = useTranslation();
  const crises = useOpenCrises();
  if (!crises.data || crises.data.length === 0) return null;
  return (
    <Paper withBorder p="xs" component="section" aria-labelledby="crisis-clocks-title" style={{ borderColor: '#b3121b' }}>
      <Stack gap={4}>
        <Title order={2} size="h5" id="crisis-clocks-title">
          {t('newsroom.inbox.title')}
        </Title>
        <Text size="xs" c="gray.8">
          {t('newsroom.inbox.help')}
        </Text>
        {crises.data.map((c) => (
          <Group key={c.id} gap="xs" wrap="nowrap">
            {c.minutesLeft !== null ? (
              <DueBadge state={clockState(c.minutesLeft)} workingDaysLeft={0} minutesLeft={c.minutesLeft} />
            ) : (
              <Text size="sm" c="teal.9">
                {`✓ ${t('newsroom.clock.issued')}`}
              </Text>
            )}
            <Anchor component={Link} to={`/humas/klarifikasi?id=${c.id}`} size="sm">
              {`${t(`newsroom.labels.${c.label}`)} ${c.title}`}
            </Anchor>
            <Text size="xs" c="gray.8">
              {`${c.number} · ${t('newsroom.inbox.steps', { done: c.stepsDone, total: c.stepsTotal })}`}
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
