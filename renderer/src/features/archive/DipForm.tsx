import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DIP_CATEGORIES, DIP_FORMS, EXEMPTION_LABELS, EXEMPTION_LETTERS } from '../../../../shared/domain/archive/fields';
import type { DocumentDetail } from '../../../../shared/ipc/channels/archive';
import { isApiError } from '../../api';
import { ErrorSummary } from '../../shell/ErrorSummary';
import { archiveKeys, useUpdateDocument } from '../../lib/archive';
import { ConflictNotice, useReload, useRowVersion } from '../../forms/conflict';
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
    exemptionLetters: f.exemptionLetters.length > 0 ? f.exemptionLetters : f.exemptionLetter ? [f.exemptionLetter] : [],
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
  // The version the form was loaded on: a save after another officer's change is refused; the
  // decree taken over below is not such a change (issuing the letter leaves the version alone).
  const version = useRowVersion(detail.version);
  const reload = useReload(archiveKeys.document(detail.id), version);
  useUnsaved(!update.isPending && JSON.stringify(form) !== JSON.stringify(toForm(detail.fields)));
  // Issuing the penetapan klasifikasi records its number and date on the document: take them over
  // without touching what the officer is editing, so a later save does not blank the decree.
  const { decreeNumber, decreeDate } = detail.fields;
  useEffect(() => setForm((f) => ({ ...f, decreeNumber, decreeDate: decreeDate ?? '' })), [decreeNumber, decreeDate]);
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
  const area = (key: 'consequenceInformation' | 'consequenceHarm' | 'consequencePublicInterest' | 'consequenceTest') => ({
    id: fieldId(key),
    label: t(`archive.dip.fields.${key}`),
    value: form[key],
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value),
    error: errorOf(key),
    autosize: true,
    minRows: 2,
  });
  const date = (key: 'producedDate' | 'decreeDate' | 'reviewDate') => ({ mode: 'date' as const, value: form[key], onChange: (value: string) => set(key, value), label: t(`archive.dip.fields.${key}`), id: fieldId(key), error: errorOf(key) });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const years = form.exemptionYears.trim();
    update.mutate(
      {
        id: detail.id,
        version: version.base,
        ...form,
        producedDate: form.producedDate || null,
        category: (form.category || null) as Fields['category'],
        // The checkboxes are the whole basis: the single letter is derived from them by the core.
        exemptionLetter: null,
        exemptionLetters: form.exemptionLetters,
        exemptionYears: years === '' ? null : Number(years),
        decreeDate: form.decreeDate || null,
        reviewDate: form.reviewDate || null,
      },
      {
        onSuccess: (next) => {
          setIssues([]);
          version.capture(next.version);
          setForm(toForm(next.fields));
          setSaved(true);
        },
        onError: (error) => {
          if (version.catch(error)) return setIssues([]);
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
              <Checkbox.Group
                label={t('archive.dip.fields.exemptionLetters')}
                value={form.exemptionLetters}
                onChange={(value) => set('exemptionLetters', value as FormState['exemptionLetters'])}
                error={errorOf('exemptionLetters')}
                style={{ gridColumn: '1 / -1' }}
              >
                <SimpleGrid cols={{ base: 1, md: 2 }} spacing={4} mt={4}>
                  {EXEMPTION_LETTERS.map((l, i) => (
                    <Checkbox key={l} id={i === 0 ? fieldId('exemptionLetters') : undefined} value={l} label={`${l}. ${EXEMPTION_LABELS[l]}`} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
              <TextInput {...text('exemptionLaw')} />
              {/* Uji konsekuensi in its steps: Perki 1/2021 Ps 49(2); UU KIP Ps 2(4), Ps 19. */}
              <Textarea {...area('consequenceInformation')} />
              <Textarea {...area('consequenceHarm')} />
              <Textarea {...area('consequencePublicInterest')} />
              <Textarea {...area('consequenceTest')} />
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
        <ConflictNotice conflict={version.conflict} reloaded={version.reloaded} onReload={reload} />
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
