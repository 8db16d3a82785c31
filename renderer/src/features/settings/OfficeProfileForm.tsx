import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import {
  OFFICE_TIME_ZONES,
  OfficeProfileInput,
  type OfficeProfile,
} from '../../../../shared/domain/settings/officeProfile';
import { isApiError, isUnreachable } from '../../api';
import { settingsKeys } from '../../lib/officeProfile';
import { useSaveOfficeProfile } from './api';
import { ConflictNotice, useReload, useRowVersion } from '../../forms/conflict';
import { ErrorSummary } from '../../shell/ErrorSummary';
import { fieldId, messageAt, partitionIssues, summarize, toFormValues, type ProfileFormValues } from './formModel';
import { REQUIRED } from '../../lib/required';
import { InstansiLinesField } from './InstansiLinesField';
import { OfficialFieldset } from './OfficialFieldset';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';
import { coreMessageIn } from '../../i18n/coreMessages';
import { localizedResolver } from '../../i18n/localizeErrors';

type ParsedProfile = z.output<typeof OfficeProfileInput>;

// The shared schema is the single source of the rules and of their Indonesian messages. Its
// input type marks defaulted fields optional; the form always holds them, hence the cast.
const resolver = zodResolver(OfficeProfileInput) as unknown as Resolver<ProfileFormValues, unknown, ParsedProfile>;

const TIME_ZONE_OPTIONS = OFFICE_TIME_ZONES.map((z) => ({ value: z.zone, label: z.label }));

export function OfficeProfileForm({ profile }: { profile: OfficeProfile | null }) {
  const { t, i18n } = useTranslation();
  const save = useSaveOfficeProfile();
  const localResolver = useMemo(() => localizedResolver(resolver, (m) => coreMessageIn(i18n.language, m)), [i18n.language]);
  const form = useForm<ProfileFormValues, unknown, ParsedProfile>({
    resolver: localResolver,
    defaultValues: toFormValues(profile),
    shouldFocusError: false, // focus goes to the summary instead
  });
  const { register, formState, setError, reset, control } = form;
  const { errors, isDirty } = formState;
  const [saved, setSaved] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  // The version the form holds (0: no profile yet): a save after another officer's is refused.
  const version = useRowVersion(profile?.version ?? 0);
  const reload = useReload(settingsKeys.profile, version);

  // Another window saved the profile: take it, unless this one holds unsaved edits.
  useEffect(() => {
    if (isDirty) return;
    reset(toFormValues(profile));
    version.capture(profile?.version ?? 0);
    // Keyed on updatedAt only: a refetch of the same profile must not reset anything.
  }, [profile?.updatedAt]);

  useEffect(() => {
    if (isDirty) setSaved(false);
  }, [isDirty]);

  useEffect(() => {
    if (focusTick > 0) summaryRef.current?.focus();
  }, [focusTick]);

  const onValid = (values: ParsedProfile) => {
    setSaved(false);
    save.mutate({ ...values, version: version.base }, {
      onSuccess: (stored) => {
        version.capture(stored.version ?? 0);
        reset(toFormValues(stored));
        setSaved(true);
      },
      onError: (error) => {
        if (version.catch(error)) return;
        const issues = isApiError(error) ? error.issues : [];
        const { fields, general } = partitionIssues(issues);
        for (const [path, message] of fields) setError(path, { type: 'server', message });
        if (fields.length === 0 || general.length > 0) {
          const reason = isUnreachable(error) ? t('errors.unreachable') : general.join(' ') || error.message;
          setError('root.server', { type: 'server', message: t('settings.saveFailed', { message: reason }) });
        }
        setFocusTick((n) => n + 1);
      },
    });
  };
  const onInvalid = () => {
    setSaved(false);
    setFocusTick((n) => n + 1);
  };
  const submit = form.handleSubmit(onValid, onInvalid);

  // Ctrl+S (Cmd+S on a Mac) saves from anywhere on the page, inputs included.
  useHotkeys([['mod+S', () => void (save.isPending ? undefined : submit())]], []);

  const summary = summarize(errors);
  const text = (path: 'unit' | 'phone' | 'email' | 'website' | 'city' | 'cutoffTime') => ({
    id: fieldId(path),
    ...register(path),
    error: messageAt(errors, path),
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="profile-title">
      <Stack gap="md">
        {summary.length > 0 && formState.submitCount > 0 && <ErrorSummary
            ref={summaryRef}
            items={summary}
            title={t('settings.summaryTitle', { count: summary.length })}
            fieldId={fieldId}
            id="profile-error-summary"
          />}

        <Fieldset legend={t('settings.sections.letterhead')}>
          <Stack gap="sm">
            <InstansiLinesField control={control} errors={errors} />
            <TextInput label={t('settings.fields.unit')} {...REQUIRED} {...text('unit')} />
            <Textarea
              id={fieldId('address')}
              label={t('settings.fields.address')}
              {...REQUIRED}
              autosize
              minRows={2}
              maxRows={4}
              {...register('address')}
              error={messageAt(errors, 'address')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('settings.sections.contact')}>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
            <TextInput label={t('settings.fields.phone')} type="tel" autoComplete="off" {...text('phone')} />
            <TextInput label={t('settings.fields.email')} type="email" autoComplete="off" {...text('email')} />
            <TextInput label={t('settings.fields.website')} autoComplete="off" {...text('website')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('settings.sections.place')}>
          {/* Two columns: the zone names (shared labels) are too long for a third of the row. */}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <TextInput label={t('settings.fields.city')} description={t('settings.fields.cityHelp')} {...REQUIRED} {...text('city')} />
            <NativeSelect
              id={fieldId('timeZone')}
              label={t('settings.fields.timeZone')}
              data={TIME_ZONE_OPTIONS}
              {...register('timeZone')}
              error={messageAt(errors, 'timeZone')}
            />
            <TextInput
              label={t('settings.fields.cutoffTime')}
              description={t('settings.fields.cutoffHelp')}
              placeholder="16:00"
              maxLength={5}
              inputMode="numeric"
              {...text('cutoffTime')}
            />
          </SimpleGrid>
        </Fieldset>

        <OfficialFieldset who="ppid" register={register} errors={errors} />
        <OfficialFieldset who="atasan" register={register} errors={errors} />

        <ConflictNotice conflict={version.conflict} reloaded={version.reloaded} onReload={reload} />
        <Group gap="md">
          <Button type="submit" loading={save.isPending}>
            {t('settings.save')}
          </Button>
          <Text size="sm" c="gray.7">
            {t('settings.saveHint')}
          </Text>
        </Group>
        {/* Always in the DOM so that screen readers announce the text when it appears. */}
        <div role="status" aria-live="polite">
          {saved && (
            // Teal 9 on white is 5.0:1; Mantine's green 9 (4.4:1) and light fills fail AA.
            <Alert role="none" color="teal.9" variant="outline" p="xs">
              <Text size="sm" fw={600} c="teal.9">
                {t('settings.saved')}
              </Text>
            </Alert>
          )}
        </div>
      </Stack>
      <UnsavedChangesGuard when={isDirty && !save.isPending} />
    </form>
  );
}
