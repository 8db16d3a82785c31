// One clarification: its content, the crisis clock (holding statement), the checklist with who
// and when, and its files (PDF, DOCX, PNG card with preview).
import { useState } from 'react';
import { Badge, Button, Group, List, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClarificationDetail as Detail } from '../../../../shared/ipc/channels/clarifications';
import { FeedbackView, useFeedback } from '../../lib/feedback';
import { DueBadge } from '../../lib/cases/DueBadge';
import { useNewsroomCall, useWhen } from './api';
import { FileButtons } from './FileButtons';

export function clockState(minutesLeft: number) {
  return minutesLeft < 0 ? 'overdue' : minutesLeft <= 60 ? 'due_today' : 'due_soon';
}

export function ClarificationDetailView({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const when = useWhen();
  const feedback = useFeedback();
  const step = useNewsroomCall('clarifications:step');
  const holding = useNewsroomCall('clarifications:holding');
  const open = useNewsroomCall('clarifications:openCrisis');
  const [note, setNote] = useState('');
  const [holdingText, setHoldingText] = useState('');
  const crisis = detail.crisis;
  const doneCount = detail.steps.filter((s) => s.doneAt).length;
  return (
    <Stack gap="sm" component="section" aria-labelledby="clarification-title">
      <Group gap="xs">
        <Badge color="red.9" variant="outline" size="lg">
          {t(`newsroom.labels.${detail.label}`)}
        </Badge>
        <Text size="sm" fw={600} data-testid="clarification-number">
          {detail.number}
        </Text>
        <Badge color={detail.status === 'terbit' ? 'teal.9' : 'gray.7'} variant="outline">
          {t(`newsroom.statuses.${detail.status}`)}
        </Badge>
      </Group>
      <Title order={2} size="h3" id="clarification-title">
        {detail.title}
      </Title>
      <div>
        <Text size="sm" fw={600}>
          {t('newsroom.detail.claim')}
        </Text>
        <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-wrap' }}>
          {detail.claim}
        </Text>
      </div>
      <div>
        <Text size="sm" fw={600}>
          {t('newsroom.detail.facts')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {detail.facts}
        </Text>
      </div>
      {detail.source && <Text size="sm">{`${t('newsroom.detail.source')}: ${detail.source}`}</Text>}
      {detail.opd && <Text size="sm">{`${t('newsroom.detail.opd')}: ${detail.opd}`}</Text>}

      <Paper withBorder p="sm" component="section" aria-labelledby="crisis-title">
        <Stack gap="xs">
          <Title order={3} size="h4" id="crisis-title">
            {t('newsroom.detail.crisisTitle')}
          </Title>
          {!crisis && (
            <Button size="xs" variant="default" style={{ alignSelf: 'flex-start' }} loading={open.isPending} onClick={() => open.mutate({ id: detail.id }, { onSuccess: () => feedback.succeed(t('newsroom.detail.crisisOpened')), onError: feedback.onError })}>
              {t('newsroom.detail.openCrisis')}
            </Button>
          )}
          {crisis && (
            <>
              <Text size="sm">{t('newsroom.detail.opened', { at: when(crisis.openedAt) })}</Text>
              <Group gap="xs">
                <Text size="sm">{t('newsroom.detail.holdingDue', { at: when(crisis.holdingDueAt) })}</Text>
                {crisis.minutesLeft !== null && <DueBadge state={clockState(crisis.minutesLeft)} workingDaysLeft={0} minutesLeft={crisis.minutesLeft} />}
              </Group>
              {crisis.holdingIssuedAt ? (
                <Text size="sm">
                  {t('newsroom.detail.holdingIssued', { at: when(crisis.holdingIssuedAt) })}: <em>{crisis.holdingStatement}</em>
                </Text>
              ) : (
                <Group align="flex-end" gap="xs">
                  <Textarea label={t('newsroom.detail.holdingText')} value={holdingText} onChange={(e) => setHoldingText(e.currentTarget.value)} autosize minRows={2} style={{ flex: 1 }} />
                  <Button
                    size="xs"
                    loading={holding.isPending}
                    onClick={() =>
                      holding.mutate({ id: detail.id, text: holdingText }, { onSuccess: () => (setHoldingText(''), feedback.succeed(t('newsroom.detail.holdingSaved'))), onError: feedback.onError })
                    }
                  >
                    {t('newsroom.detail.holdingSave')}
                  </Button>
                </Group>
              )}
              {crisis.closedAt && <Text size="sm">{t('newsroom.detail.closed', { at: when(crisis.closedAt) })}</Text>}
            </>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="sm" component="section" aria-labelledby="checklist-title">
        <Stack gap="xs">
          <Title order={3} size="h4" id="checklist-title">
            {`${t('newsroom.detail.checklist')} (${doneCount}/${detail.steps.length})`}
          </Title>
          <TextInput label={t('newsroom.detail.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <List listStyleType="none" spacing={6}>
            {detail.steps.map((s, i) => (
              <List.Item key={s.step}>
                <Group gap="xs">
                  <Text size="sm" fw={600} w={300}>
                    {`${i + 1}. ${t(`newsroom.steps.${s.step}`)}`}
                  </Text>
                  {s.doneAt ? (
                    <Text size="sm" c="teal.9">
                      {`✓ ${t('newsroom.detail.done', { by: s.doneBy, at: when(s.doneAt) })}${s.note ? ` — ${s.note}` : ''}`}
                    </Text>
                  ) : (
                    <Button
                      size="compact-xs"
                      variant="default"
                      aria-label={`${t('newsroom.detail.markDone')}: ${t(`newsroom.steps.${s.step}`)}`}
                      loading={step.isPending && step.variables?.step === s.step}
                      onClick={() =>
                        step.mutate(
                          { id: detail.id, step: s.step, note },
                          { onSuccess: () => (setNote(''), feedback.succeed(t('newsroom.detail.stepDone', { step: t(`newsroom.steps.${s.step}`) }))), onError: feedback.onError },
                        )
                      }
                    >
                      {t('newsroom.detail.markDone')}
                    </Button>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        </Stack>
      </Paper>
      <FeedbackView message={feedback.message} failure={feedback.failure} />
      <FileButtons id={detail.id} />
    </Stack>
  );
}
