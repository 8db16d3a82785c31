import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { Alert, Code, Fieldset, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NUMBER_TOKENS } from '../../../../../shared/domain/requests/numbering';
import type { Output } from '../../../../../shared/ipc/contract';
import { contract } from '../../../../../shared/ipc/contract';
import { isApiError, isUnreachable, useAppClock } from '../../../api';
import { useOfficeZone } from '../../../lib/officeZone';
import { useUnsaved } from '../../../forms/unsaved';
import { useNumbering, useSetNumbering } from './api';
import { localYearMonth, previewNumber } from './preview';
import { coreMessageIn } from '../../../i18n/coreMessages';
import { SaveFooter } from '../../../forms/SaveFooter';

type Field = 'requestPattern' | 'objectionPattern' | 'seqWidth' | 'unitCode';
type Values = Record<Field, string>;
type Errors = Partial<Record<Field | 'form', string>>;

const toValues = (n: Output<'numbering:get'>): Values => ({
  requestPattern: n.requestPattern,
  objectionPattern: n.objectionPattern,
  seqWidth: String(n.seqWidth),
  unitCode: n.unitCode,
});

/** '' stays undefined so the schema says "harus angka" rather than a confusing "sedikitnya 1". */
const toInput = (v: Values) => ({ ...v, seqWidth: v.seqWidth.trim() === '' ? undefined : Number(v.seqWidth) });

/**
 * Pengaturan › Penomoran registrasi: the patterns of the request and objection registers. The
 * preview's month is the app clock's (the browser host's --now), in the office's zone.
 */
export function NumberingSection({ now: givenNow }: { now?: () => Date }) {
  const { t } = useTranslation();
  const numbering = useNumbering();
  const clock = useAppClock();
  const now = givenNow ?? (() => new Date(clock.now()));
  if (numbering.isError && !numbering.data) {
    return (
      <Alert color="red" variant="outline">
        {t('numbering.loadFailed', { message: numbering.error.message })}
      </Alert>
    );
  }
  return (
    <Fieldset legend={t('numbering.title')} id="penomoran" tabIndex={-1}>
      {numbering.data ? <NumberingForm saved={numbering.data} now={now} /> : <Text size="sm">{t('app.loading')}</Text>}
    </Fieldset>
  );
}

function NumberingForm({ saved, now }: { saved: Output<'numbering:get'>; now: () => Date }) {
  const { t, i18n } = useTranslation();
  const save = useSetNumbering();
  const zone = useOfficeZone();
  const [values, setValues] = useState<Values>(() => toValues(saved));
  const [errors, setErrors] = useState<Errors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const savedKey = JSON.stringify(saved);
  const dirty = JSON.stringify(toValues(saved)) !== JSON.stringify(values);
  useUnsaved(dirty && !save.isPending);

  // Another window saved new patterns: take them, unless this one holds unsaved edits.
  useEffect(() => {
    if (!dirty) setValues(toValues(saved));
  }, [savedKey]);

  const { year, month } = localYearMonth(now(), zone);
  const width = values.seqWidth.trim() === '' ? null : Number(values.seqWidth);
  const preview = (pattern: string) => previewNumber(pattern, width, values.unitCode, { seq: 1, year, month });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const parsed = contract['numbering:set'].input.safeParse(toInput(values));
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? 'form'), coreMessageIn(i18n.language, i.message)])));
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: (result) => {
        setValues(toValues(result));
        setNotice(t('numbering.saved'));
      },
      onError: (error) => {
        const issues = isApiError(error) ? (error.issues ?? []) : [];
        const byField = Object.fromEntries(issues.map((i) => [i.path.split('.')[0] || 'form', i.message]));
        const message = isUnreachable(error) ? t('errors.unreachable') : error.message;
        setErrors({ form: t('numbering.failed', { message }), ...byField });
      },
    });
  };

  const field = (name: Field) => ({
    value: values[name],
    error: errors[name],
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value; // read now: the updater runs after the event is gone
      setNotice(null);
      setValues((v) => ({ ...v, [name]: value }));
    },
  });

  const previewLine = (pattern: string, id: string) => {
    const number = preview(pattern);
    return (
      <Text size="sm" id={id} aria-live="polite">
        {number === null ? (
          t('numbering.previewUnavailable')
        ) : (
          <>
            {t('numbering.preview')} <Code fw={700}>{number}</Code>
          </>
        )}
      </Text>
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('numbering.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('numbering.intro')}</Text>
        <Text size="sm" c="gray.7">
          {t('numbering.tokens', { tokens: NUMBER_TOKENS.map((token) => `{${token}}`).join(', ') })}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Stack gap={4}>
            <TextInput label={t('numbering.requestPattern')} aria-describedby="numbering-request-preview" {...field('requestPattern')} />
            {previewLine(values.requestPattern, 'numbering-request-preview')}
          </Stack>
          <Stack gap={4}>
            <TextInput label={t('numbering.objectionPattern')} aria-describedby="numbering-objection-preview" {...field('objectionPattern')} />
            {previewLine(values.objectionPattern, 'numbering-objection-preview')}
          </Stack>
          <TextInput type="number" min={1} max={8} label={t('numbering.seqWidth')} description={t('numbering.seqWidthHelp')} {...field('seqWidth')} />
          <TextInput label={t('numbering.unitCode')} description={t('numbering.unitCodeHelp')} {...field('unitCode')} />
        </SimpleGrid>
        <Text size="xs" c="gray.7">
          {t('numbering.previewNote')}
        </Text>
        <SaveFooter error={errors.form} notice={notice} pending={save.isPending} label={t('numbering.save')} />
      </Stack>
    </form>
  );
}
