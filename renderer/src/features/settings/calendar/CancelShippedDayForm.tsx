import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../../shared/ipc/contract';
import { isUnreachable } from '../../../api';
import { useCancelShippedDay } from './api';
import { formatDay } from '../../../lib/dates';

/**
 * Cancels one shipped day off (a revised SKB took it back): the decree is required, since the
 * change moves every open deadline and is audited.
 */
export function CancelShippedDayForm({ day, onDone, onClose }: { day: { date: string; name: string }; onDone: (message: string) => void; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const cancel = useCancelShippedDay();
  const [basis, setBasis] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), [day.date]);
  const when = formatDay(day.date, i18n.language);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = contract['calendar:cancelShippedDay'].input.safeParse({ date: day.date, basis });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? null);
      return;
    }
    setError(null);
    cancel.mutate(parsed.data, {
      onSuccess: (change) => {
        const total = change.recomputed.requests + change.recomputed.objections + change.recomputed.disputes;
        onDone(t('calendar.cancelled', { date: when, changed: change.recomputed.changed, total, version: change.version }));
      },
      onError: (e) => setError(t('calendar.failed', { message: isUnreachable(e) ? t('errors.unreachable') : e.message })),
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="cancel-day-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <Stack gap="xs">
        <Title order={3} size="h5" id="cancel-day-title">
          {t('calendar.cancelTitle', { date: when, name: day.name })}
        </Title>
        <Text size="sm" c="gray.7">
          {t('calendar.cancelHelp')}
        </Text>
        <TextInput
          ref={input}
          label={t('calendar.cancelBasis')}
          placeholder={t('calendar.cancelBasisPlaceholder')}
          value={basis}
          error={error}
          onChange={(e) => setBasis(e.currentTarget.value)}
        />
        <Group>
          <Button type="submit" color="red.9" loading={cancel.isPending}>
            {t('calendar.cancelSubmit')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('calendar.cancelClose')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
