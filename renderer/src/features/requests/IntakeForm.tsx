import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ACCESS_METHODS, DELIVERY_METHODS, REQUEST_CHANNELS } from '../../../../shared/domain/requests/fields';
import { zoneLabel } from '../../../../shared/domain/clocks';
import { ACCESSIBILITY_NEEDS } from '../../../../shared/domain/requests/accessibility';
import type { RequestDetail } from '../../../../shared/ipc/channels/requests';
import { isApiError, isUnreachable, useAppClock, useClientKey } from '../../api';
import { DateTimeField } from '../../forms/DateTimeField';
import { useUnsaved } from '../../forms/unsaved';
import { REQUIRED } from '../../lib/required';
import { useCreateRequest } from './api';
import { ErrorSummary } from '../../shell/ErrorSummary';
import {
  intakeDefaults,
  intakeFieldId,
  intakeResolver,
  messageAt,
  partitionIssues,
  summarize,
  type IntakeContext,
  type IntakeValues,
  type ParsedIntake,
} from './intakeModel';
import { RequesterFieldset } from './RequesterFieldset';
import { AvailablePanel } from './AvailablePanel';
import { useLinkDocuments } from '../../lib/archive';
import { coreMessageIn } from '../../i18n/coreMessages';
import { localizedResolver } from '../../i18n/localizeErrors';

export function IntakeForm({ zone, onSaved }: { zone: string; onSaved: (detail: RequestDetail, options: { printReceipt: boolean }) => void }) {
  const { t, i18n } = useTranslation();
  const create = useCreateRequest();
  // One key per opened form (the page remounts it for the next request): a retry is not a second request.
  const [clientKey] = useClientKey();
  // "Now" is the core's clock (the browser host's --now moves it), as the core checks against it.
  const clock = useAppClock();
  const context = useMemo<IntakeContext>(
    () => ({ zone, now: clock.now, messages: { badDate: t('cases.intake.badDate'), futureDate: t('cases.intake.futureDate') } }),
    [zone, t, clock],
  );
  const resolver = useMemo(() => localizedResolver(intakeResolver, (m) => coreMessageIn(i18n.language, m)), [i18n.language]);
  const form = useForm<IntakeValues, IntakeContext, ParsedIntake>({
    resolver,
    context,
    defaultValues: intakeDefaults(zone, clock.now()),
    shouldFocusError: false, // focus goes to the summary instead
  });
  const { register, formState, setError, control, watch } = form;
  const { errors } = formState;
  const [focusTick, setFocusTick] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  // Archive documents ticked in "sudah tersedia": recorded on the request once it is saved.
  const [linkIds, setLinkIds] = useState<number[]>([]);
  const link = useLinkDocuments();
  // A half-filled request is not lost to a menu click, a closed window or a reload.
  const release = useUnsaved((formState.isDirty || linkIds.length > 0) && !create.isSuccess);

  useEffect(() => {
    if (focusTick > 0) summaryRef.current?.focus();
  }, [focusTick]);

  // "Simpan & cetak tanda bukti": the same save, then the page issues the receipt and previews it.
  const printReceipt = useRef(false);
  const onValid = (values: ParsedIntake) => {
    const options = { printReceipt: printReceipt.current };
    create.mutate({ ...values, clientKey }, {
      onSuccess: (detail) => {
        release();
        return linkIds.length === 0 ? onSaved(detail, options) : link.mutate({ requestId: detail.id, documentIds: linkIds }, { onSettled: () => onSaved(detail, options) });
      },
      onError: (error) => {
        const { fields, general } = partitionIssues(isApiError(error) ? error.issues : []);
        for (const [path, message] of fields) setError(path, { type: 'server', message });
        if (fields.length === 0 || general.length > 0) {
          const reason = isUnreachable(error) ? t('errors.unreachable') : general.join(' ') || error.message;
          setError('root.server', { type: 'server', message: t('cases.intake.saveFailed', { message: reason }) });
        }
        setFocusTick((n) => n + 1);
      },
    });
  };
  const handle = form.handleSubmit(onValid, () => setFocusTick((n) => n + 1));
  const submit = (event?: React.BaseSyntheticEvent, andPrint = false) => {
    printReceipt.current = andPrint;
    return handle(event);
  };
  useHotkeys(
    [
      ['mod+S', () => void (create.isPending ? undefined : submit())],
      ['mod+shift+S', () => void (create.isPending ? undefined : submit(undefined, true))],
    ],
    [],
  );

  const summary = summarize(errors);
  const text = (path: 'information' | 'purpose' | 'unit' | 'officer' | 'accessibilityNote') => ({
    id: intakeFieldId(path),
    label: t(`cases.intake.fields.${path}`),
    ...register(path),
    error: messageAt(errors, path),
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="intake-title">
      <Stack gap="md">
        {summary.length > 0 && formState.submitCount > 0 && <ErrorSummary
            ref={summaryRef}
            items={summary}
            title={t('cases.intake.summaryTitle', { count: summary.length })}
            fieldId={intakeFieldId}
          />}
        <Fieldset legend={t('cases.intake.sections.receipt')}>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <NativeSelect
              id={intakeFieldId('channel')}
              label={t('cases.intake.fields.channel')}
              data={REQUEST_CHANNELS.map((c) => ({ value: c, label: t(`cases.channels.${c}`) }))}
              // The first field: an officer starts typing at once (also after N and the menu).
              autoFocus
              data-page-autofocus
              {...register('channel')}
              error={messageAt(errors, 'channel')}
            />
            <Controller
              control={control}
              name="receivedAt"
              render={({ field }) => (
                <DateTimeField
                  id={intakeFieldId('receivedAt')}
                  label={t('cases.intake.fields.receivedAt')}
                  description={t('cases.intake.fields.receivedHelp', { zone: zoneLabel(zone) })}
                  zone={zone}
                  {...REQUIRED}
                  ref={field.ref}
                  name={field.name}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={messageAt(errors, 'receivedAt')}
                />
              )}
            />
          </SimpleGrid>
        </Fieldset>

        <RequesterFieldset register={register} errors={errors} idType={watch('requester.idType')} />

        <Fieldset legend={t('cases.intake.sections.information')}>
          <Stack gap="sm">
            <Textarea {...REQUIRED} autosize minRows={3} maxRows={8} {...text('information')} />
            <AvailablePanel control={control} selected={linkIds} onChange={setLinkIds} />
            <Textarea {...REQUIRED} autosize minRows={2} maxRows={6} {...text('purpose')} />
            <Controller
              control={control}
              name="accessMethod"
              render={({ field }) => (
                <Checkbox.Group
                  label={
                    <>
                      {t('cases.intake.fields.accessMethod')}
                      <Text span c="var(--mantine-color-error)" ml={4} aria-hidden>
                        *
                      </Text>
                    </>
                  }
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                  error={messageAt(errors, 'accessMethod')}
                >
                  <Group gap="md" mt={6}>
                    {ACCESS_METHODS.map((m, i) => (
                      <Checkbox key={m} value={m} label={t(`cases.access.${m}`)} id={i === 0 ? intakeFieldId('accessMethod') : undefined} />
                    ))}
                  </Group>
                </Checkbox.Group>
              )}
            />
            <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
              <NativeSelect
                id={intakeFieldId('deliveryMethod')}
                label={t('cases.intake.fields.deliveryMethod')}
                data={DELIVERY_METHODS.map((m) => ({ value: m, label: t(`cases.delivery.${m}`) }))}
                {...register('deliveryMethod')}
                error={messageAt(errors, 'deliveryMethod')}
              />
              <TextInput autoComplete="off" {...text('unit')} />
              <TextInput autoComplete="off" {...text('officer')} />
            </SimpleGrid>
            <Controller
              control={control}
              name="accessibilityNeeds"
              render={({ field }) => (
                <Checkbox.Group
                  label={t('cases.intake.fields.accessibilityNeeds')}
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                  error={messageAt(errors, 'accessibilityNeeds')}
                >
                  <Group gap="md" mt={6}>
                    {ACCESSIBILITY_NEEDS.map((n, i) => (
                      <Checkbox key={n} value={n} label={t(`cases.intake.accessibility.${n}`)} id={i === 0 ? intakeFieldId('accessibilityNeeds') : undefined} />
                    ))}
                  </Group>
                </Checkbox.Group>
              )}
            />
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
              <TextInput autoComplete="off" {...text('accessibilityNote')} />
              <Checkbox mt="lg" label={t('cases.intake.fields.accessibleFormat')} {...register('accessibleFormat')} />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Group gap="md">
          <Button type="submit" loading={create.isPending && !printReceipt.current}>
            {t('cases.intake.submit')}
          </Button>
          <Button variant="light" loading={create.isPending && printReceipt.current} onClick={() => void submit(undefined, true)}>
            {t('walkin.saveAndPrint')}
          </Button>
          <Text size="sm" c="gray.7">
            {t('walkin.hint')}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
