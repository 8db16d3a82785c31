// Pengaturan › Meja media: the hour clocks of press inquiries (acknowledge; answer per priority).
// Office habit, not law; they apply to inquiries logged after saving.
import { useEffect, useState, type FormEvent } from 'react';
import { Fieldset, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PRIORITIES, type InquiryHours, type Priority } from '../../../../../shared/domain/inquiries';
import { contract } from '../../../../../shared/ipc/contract';
import { isApiError, isUnreachable } from '../../../api';
import { useInquiryHours, useSetInquiryHours } from '../../../lib/inquiries';
import { useUnsaved } from '../../../forms/unsaved';
import { coreMessageIn } from '../../../i18n/coreMessages';
import { SaveFooter } from '../../../forms/SaveFooter';

type Key = 'acknowledge' | Priority;
const toValues = (h: InquiryHours): Record<Key, string> => ({ acknowledge: String(h.acknowledge), ...Object.fromEntries(PRIORITIES.map((p) => [p, String(h.answer[p])])) }) as Record<Key, string>;
const num = (v: string) => (v.trim() === '' ? undefined : Number(v.replace(',', '.')));

export function MediaHoursSection() {
  const { t } = useTranslation();
  const hours = useInquiryHours();
  return (
    <Fieldset legend={t('media.hours.title')}>
      {hours.data ? <HoursForm saved={hours.data} /> : <Text size="sm">{t('app.loading')}</Text>}
    </Fieldset>
  );
}

function HoursForm({ saved }: { saved: InquiryHours }) {
  const { t, i18n } = useTranslation();
  const save = useSetInquiryHours();
  const [values, setValues] = useState(() => toValues(saved));
  const [errors, setErrors] = useState<Partial<Record<Key | 'form', string>>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const savedKey = JSON.stringify(saved);
  useEffect(() => setValues(toValues(saved)), [savedKey]);
  useUnsaved(!save.isPending && JSON.stringify(values) !== JSON.stringify(toValues(saved)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    const input = { acknowledge: num(values.acknowledge), answer: Object.fromEntries(PRIORITIES.map((p) => [p, num(values[p])])) };
    const parsed = contract['media:setHours'].input.safeParse(input);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path.at(-1) ?? 'form'), coreMessageIn(i18n.language, i.message)])));
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: () => setNotice(t('media.hours.saved')),
      onError: (error) => setErrors({ form: t('media.hours.failed', { message: isUnreachable(error) ? t('errors.unreachable') : isApiError(error) ? error.message : String(error) }) }),
    });
  };
  const field = (key: Key, label: string) => (
    <TextInput
      key={key}
      label={label}
      inputMode="decimal"
      value={values[key]}
      error={errors[key]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setNotice(null);
        setValues((v) => ({ ...v, [key]: value }));
      }}
    />
  );
  return (
    <form onSubmit={submit} noValidate aria-label={t('media.hours.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('media.hours.intro')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
          {field('acknowledge', t('media.hours.acknowledge'))}
          {PRIORITIES.map((p) => field(p, t('media.hours.answer', { priority: t(`media.priorities.${p}`).toLowerCase() })))}
        </SimpleGrid>
        <SaveFooter error={errors.form} notice={notice} pending={save.isPending} label={t('media.hours.save')} />
      </Stack>
    </form>
  );
}
