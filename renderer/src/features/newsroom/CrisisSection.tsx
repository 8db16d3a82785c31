// Pengaturan › Krisis: hours from opening a crisis to its holding statement (default 2).
import { useEffect, useState, type FormEvent } from 'react';
import { Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SavedNotice } from '../../forms/SavedNotice';
import { FeedbackView, useFeedback } from '../../lib/feedback';
import { useCrisisSettings, useNewsroomCall } from './api';

export function CrisisSection() {
  const { t } = useTranslation();
  const settings = useCrisisSettings();
  const save = useNewsroomCall('clarifications:saveSettings');
  const feedback = useFeedback();
  const [hours, setHours] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    if (settings.data) setHours(String(settings.data.holdingHours));
  }, [settings.data]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    feedback.reset();
    save.mutate({ holdingHours: Number(hours.replace(',', '.')) }, { onSuccess: () => setNotice(t('newsroom.settings.saved')), onError: feedback.onError });
  };
  return (
    <Fieldset legend={t('newsroom.settings.title')}>
      <form onSubmit={submit} noValidate aria-label={t('newsroom.settings.title')}>
        <Stack gap="sm">
          <Text size="sm">{t('newsroom.settings.intro')}</Text>
          <Group align="flex-end">
            <TextInput label={t('newsroom.settings.hours')} inputMode="numeric" value={hours} onChange={(e) => setHours(e.currentTarget.value)} error={feedback.issues.holdingHours} w={260} />
            <Button type="submit" loading={save.isPending}>
              {t('newsroom.settings.save')}
            </Button>
          </Group>
          <FeedbackView message={null} failure={feedback.failure} />
          <SavedNotice notice={notice} />
        </Stack>
      </form>
    </Fieldset>
  );
}
