// Pengaturan › Nomor siaran pers: the pattern of the Humas release numbers, beside the registers'
// patterns. Checked here with the contract's own schema (the Indonesian message the core would
// give), previewed with the registers' unit code and width, saved through releases:setPattern.
import { useEffect, useState, type FormEvent } from 'react';
import { Button, Code, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../../shared/ipc/contract';
import { useAppClock } from '../../../api';
import { SavedNotice } from '../../../forms/SavedNotice';
import { useUnsaved } from '../../../forms/unsaved';
import { coreMessageIn } from '../../../i18n/coreMessages';
import { FeedbackView, useFeedback } from '../../../lib/feedback';
import { useOfficeZone } from '../../../lib/officeZone';
import { useNumbering, useReleasePattern, useSetReleasePattern } from './api';
import { localYearMonth, previewNumber } from './preview';

export function ReleasePatternSection() {
  const { t } = useTranslation();
  const saved = useReleasePattern();
  return (
    <Fieldset legend={t('humas.releasePattern.title')} id="nomor-siaran-pers" tabIndex={-1}>
      {saved.data === undefined ? <Text size="sm">{t('app.loading')}</Text> : <ReleasePatternForm saved={saved.data.pattern} />}
    </Fieldset>
  );
}

function ReleasePatternForm({ saved }: { saved: string }) {
  const { t, i18n } = useTranslation();
  const numbering = useNumbering();
  const save = useSetReleasePattern();
  const feedback = useFeedback();
  const clock = useAppClock();
  const zone = useOfficeZone();
  const [pattern, setPattern] = useState(saved);
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | null>(null);
  const [base, setBase] = useState(saved);
  const dirty = pattern !== base;
  useUnsaved(dirty && !save.isPending);
  // Another window saved a pattern: take it, unless this one holds an unsaved edit.
  useEffect(() => {
    if (!dirty) setPattern(saved);
    setBase(saved);
  }, [saved]);

  const { year, month } = localYearMonth(new Date(clock.now()), zone);
  const preview = numbering.data ? previewNumber(pattern, numbering.data.seqWidth, numbering.data.unitCode, { seq: 1, year, month }) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    feedback.reset();
    const parsed = contract['releases:setPattern'].input.safeParse({ pattern });
    if (!parsed.success) {
      setError(coreMessageIn(i18n.language, parsed.error.issues[0]?.message ?? ''));
      return;
    }
    setError(undefined);
    save.mutate(parsed.data, {
      onSuccess: (result) => {
        setPattern(result.pattern);
        setBase(result.pattern);
        setNotice(t('humas.releasePattern.saved', { preview: result.preview }));
      },
      onError: feedback.onError,
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('humas.releasePattern.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('humas.releasePattern.intro')}</Text>
        <Group align="flex-start">
          <Stack gap={4}>
            <TextInput
              label={t('humas.releasePattern.pattern')}
              w={320}
              value={pattern}
              error={error ?? feedback.issues.pattern}
              aria-describedby="release-pattern-preview"
              onChange={(e) => {
                const value = e.currentTarget.value;
                setNotice(null);
                setError(undefined);
                setPattern(value);
              }}
            />
            <Text size="sm" id="release-pattern-preview" aria-live="polite">
              {preview === null ? (
                t('numbering.previewUnavailable')
              ) : (
                <>
                  {t('numbering.preview')} <Code fw={700}>{preview}</Code>
                </>
              )}
            </Text>
          </Stack>
          <Button type="submit" mt={24} loading={save.isPending}>
            {t('humas.releasePattern.save')}
          </Button>
        </Group>
        <FeedbackView message={null} failure={feedback.failure} />
        <SavedNotice notice={notice} />
      </Stack>
    </form>
  );
}
