import { useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DIP_CATEGORIES, DIP_FORMS, EXEMPTION_LABELS, EXEMPTION_LETTERS } from '../../../../shared/domain/archive/fields';
import type { DocumentDetail } from '../../../../shared/ipc/channels/archive';
import { isApiError } from '../../api';
import { ErrorSummary } from '../../shell/ErrorSummary';
import { useUpdateDocument } from './api';
import { DateTimeField } from '../../forms/DateTimeField';
import { useUnsaved } from '../../forms/unsaved';

type Fields = DocumentDetail['fields'];
type Key = keyof Fields;
const fieldId = (path: string) => `dip-${path}`;

/** Form state: every field as the input holds it (strings), converted on save. */
function toForm(f: Fields) {
  return {
    ...f,
    producedDate: f.producedDate ?? '',
    category: f.category ?? '',
    exemptionLetter: f.exemptionLetter ?? '',
    exemptionYears: f.exemptionYears === null ? '' : String(f.exemptionYears),
    decreeDate: f.decreeDate ?? '',
    reviewDate: f.reviewDate ?? '',
  };
}
type FormState = ReturnType<typeof toForm>;

export function DipForm({ detail }: { detail: DocumentDetail }) {
  const { t } = useTranslation();
  const update = useUpdateDocument();
  const [form, setForm] = useState<FormState>(() => toForm(detail.fields));
  useUnsaved(!update.isPending && JSON.stringify(form) !== JSON.stringify(toForm(detail.fields)));
  const [issues, setIssues] = useState<{ path: string; message: string }[]>([]);
  const [saved, setSaved] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    setSaved(false);
    setForm((f) => ({ ...f, [key]: value }));
  };
  const errorOf = (key: Key) => issues.find((i) => i.path === key)?.message;
  const text = (key: 'dipNumber' | 'title' | 'unit' | 'responsible' | 'producedPlace' | 'retention' | 'exemptionLaw' | 'decreeNumber') => ({
    id: fieldId(key),
    label: t(`archive.dip.fields.${key}`),
    value: form[key],
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value),
    error: errorOf(key),
  });
  const date = (key: 'producedDate' | 'decreeDate' | 'reviewDate') => ({ mode: 'date' as const, value: form[key], onChange: (value: string) => set(key, value), label: t(`archive.dip.fields.${key}`), id: fieldId(key), error: errorOf(key) });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const years = form.exemptionYears.trim();
    update.mutate(
      {
        id: detail.id,
        ...form,
        producedDate: form.producedDate || null,
        category: (form.category || null) as Fields['category'],
        exemptionLetter: (form.exemptionLetter || null) as Fields['exemptionLetter'],
        exemptionYears: years === '' ? null : Number(years),
        decreeDate: form.decreeDate || null,
        reviewDate: form.reviewDate || null,
      },
      {
        onSuccess: (next) => {
          setIssues([]);
          setForm(toForm(next.fields));
          setSaved(true);
        },
        onError: (error) => {
          const list = isApiError(error) && error.issues?.length ? error.issues : [{ path: '', message: t('archive.dip.failed', { message: error.message }) }];
          setIssues(list);
          setTimeout(() => summaryRef.current?.focus(), 0);
        },
      },
    );
  };

  const exempt = form.category === 'dikecualikan';
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="dip-form-title">
      <Stack gap="sm">
        {issues.length > 0 && <ErrorSummary ref={summaryRef} items={issues} title={t('archive.dip.summaryTitle', { count: issues.length })} fieldId={fieldId} />}
        <Fieldset legend={<span id="dip-form-title">{t('archive.dip.title')}</span>}>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <TextInput {...text('dipNumber')} />
            <TextInput {...text('title')} required />
            <Textarea id={fieldId('summary')} label={t('archive.dip.fields.summary')} value={form.summary} onChange={(e) => set('summary', e.currentTarget.value)} error={errorOf('summary')} autosize minRows={2} />
            <TextInput {...text('unit')} />
            <TextInput {...text('responsible')} />
            <DateTimeField {...date('producedDate')} />
            <TextInput {...text('producedPlace')} />
            <NativeSelect id={fieldId('form')} label={t('archive.dip.fields.form')} value={form.form} onChange={(e) => set('form', e.currentTarget.value as FormState['form'])} data={DIP_FORMS.map((f) => ({ value: f, label: t(`archive.forms.${f}`) }))} />
            <TextInput {...text('retention')} />
            <NativeSelect
              id={fieldId('category')}
              label={t('archive.dip.fields.category')}
              value={form.category}
              onChange={(e) => set('category', e.currentTarget.value as FormState['category'])}
              data={[{ value: '', label: t('archive.dip.none') }, ...DIP_CATEGORIES.map((c) => ({ value: c, label: t(`archive.categories.${c}`) }))]}
              error={errorOf('category')}
            />
          </SimpleGrid>
        </Fieldset>
        {exempt && (
          <Fieldset legend={t('archive.dip.exemption')}>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
              <NativeSelect
                id={fieldId('exemptionLetter')}
                label={t('archive.dip.fields.exemptionLetter')}
                value={form.exemptionLetter}
                onChange={(e) => set('exemptionLetter', e.currentTarget.value as FormState['exemptionLetter'])}
                data={[{ value: '', label: t('archive.dip.none') }, ...EXEMPTION_LETTERS.map((l) => ({ value: l, label: `${l}. ${EXEMPTION_LABELS[l]}` }))]}
                error={errorOf('exemptionLetter')}
              />
              <TextInput {...text('exemptionLaw')} />
              <Textarea id={fieldId('consequenceTest')} label={t('archive.dip.fields.consequenceTest')} value={form.consequenceTest} onChange={(e) => set('consequenceTest', e.currentTarget.value)} error={errorOf('consequenceTest')} autosize minRows={3} />
              <Stack gap={4}>
                <TextInput id={fieldId('exemptionYears')} label={t('archive.dip.fields.exemptionYears')} inputMode="numeric" value={form.exemptionYears} disabled={form.exemptionPermanent} onChange={(e) => set('exemptionYears', e.currentTarget.value)} error={errorOf('exemptionYears')} />
                <Checkbox id={fieldId('exemptionPermanent')} label={t('archive.dip.fields.exemptionPermanent')} checked={form.exemptionPermanent} onChange={(e) => set('exemptionPermanent', e.currentTarget.checked)} error={errorOf('exemptionPermanent')} />
              </Stack>
              <TextInput {...text('decreeNumber')} />
              <DateTimeField {...date('decreeDate')} />
              <DateTimeField {...date('reviewDate')} />
            </SimpleGrid>
          </Fieldset>
        )}
        <div>
          <Button type="submit" loading={update.isPending}>
            {t('archive.dip.save')}
          </Button>
        </div>
        {saved && (
          <Alert color="green" variant="light" role="status">
            {t('archive.dip.saved')}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
