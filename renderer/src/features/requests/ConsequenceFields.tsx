// The refusal's uji konsekuensi in its steps (Perki 1/2021 Ps 49(2)), the fields of the archive's
// classification (shared/ipc/consequence.ts): drafted from the penetapan klasifikasi of a linked
// exempt archive document when there is one, for the officer to review before saving.
import { useEffect, useRef } from 'react';
import { Checkbox, Group, Text, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/ipc/contract';
import { useApi } from '../../api';
import { casesKeys } from '../../lib/casesKeys';

export interface ConsequenceForm {
  information: string;
  harm: string;
  publicInterest: string;
  /** Years as typed ('' = none). */
  years: string;
  permanent: boolean;
}

export const EMPTY_CONSEQUENCE: ConsequenceForm = { information: '', harm: '', publicInterest: '', years: '', permanent: false };

type Draft = NonNullable<Output<'requests:consequenceDraft'>>;

/** The steps as the transition takes them; none at all when nothing was written (a free-text test). */
export function consequenceInput(v: ConsequenceForm) {
  const years = v.years.trim() === '' ? null : Number(v.years.trim());
  const written = v.information.trim() !== '' || v.harm.trim() !== '' || v.publicInterest.trim() !== '';
  if (!written) return {};
  return {
    consequenceInformation: v.information,
    consequenceHarm: v.harm,
    consequencePublicInterest: v.publicInterest,
    exemptionYears: v.permanent || years === null || Number.isNaN(years) ? null : years,
    exemptionPermanent: v.permanent,
  };
}

interface Props {
  requestId: number;
  value: ConsequenceForm;
  onChange: (next: ConsequenceForm) => void;
  /** The draft arrived (once): the caller may take its Ps 17 letters and other law too. */
  onDraft: (draft: Draft) => void;
  issues: Record<string, string>;
}

export function ConsequenceFields({ requestId, value, onChange, onDraft, issues }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const draft = useQuery({
    queryKey: [...casesKeys.request(requestId), 'consequenceDraft'],
    queryFn: () => api.invoke('requests:consequenceDraft', { id: requestId }),
    staleTime: 30_000,
  });
  const applied = useRef(false);
  useEffect(() => {
    const d = draft.data;
    if (!d || applied.current) return;
    applied.current = true;
    // Only into an untouched form: what the officer typed is never overwritten.
    if (value.information || value.harm || value.publicInterest) return;
    onChange({
      information: d.steps.consequenceInformation,
      harm: d.steps.consequenceHarm,
      publicInterest: d.steps.consequencePublicInterest,
      years: d.steps.exemptionYears === null ? '' : String(d.steps.exemptionYears),
      permanent: d.steps.exemptionPermanent,
    });
    onDraft(d);
  }, [draft.data, value, onChange, onDraft]);
  const area = (key: 'information' | 'harm' | 'publicInterest', path: string) => ({
    label: t(`cases.consequence.${key}`),
    value: value[key],
    onChange: (e: { currentTarget: { value: string } }) => onChange({ ...value, [key]: e.currentTarget.value }),
    error: issues[path],
    autosize: true,
    minRows: key === 'information' ? 1 : 2,
  });
  return (
    <>
      <Text size="sm" fw={600}>
        {t('cases.consequence.title')}
      </Text>
      {draft.data && (
        <Text size="xs" c="gray.8" data-testid="consequence-draft">
          {t('cases.consequence.drafted', { title: draft.data.document.title, decree: draft.data.document.decreeNumber || '-' })}
        </Text>
      )}
      <Textarea {...area('information', 'consequenceInformation')} />
      <Textarea {...area('harm', 'consequenceHarm')} />
      <Textarea {...area('publicInterest', 'consequencePublicInterest')} />
      <Group gap="md" align="flex-end">
        <TextInput
          label={t('cases.consequence.years')}
          inputMode="numeric"
          w={160}
          value={value.years}
          disabled={value.permanent}
          onChange={(e) => onChange({ ...value, years: e.currentTarget.value })}
          error={issues.exemptionYears}
        />
        <Checkbox
          label={t('cases.consequence.permanent')}
          checked={value.permanent}
          onChange={(e) => onChange({ ...value, permanent: e.currentTarget.checked })}
          error={issues.exemptionPermanent}
        />
      </Group>
    </>
  );
}
