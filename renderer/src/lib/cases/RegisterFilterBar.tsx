import { forwardRef } from 'react';
import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { statusLabel } from './RegisterRow';
import { useTextFilters } from './textFilters';
import { REGISTER_SPEC, STATUS_GROUPS, type RegisterFilters, type CaseRegisterKind } from '../../../../shared/ipc/channels/cases';

interface Props {
  kind: CaseRegisterKind;
  value: RegisterFilters;
  years: number[];
  onChange: (filters: RegisterFilters) => void;
  /** ArrowDown or Enter in the search box: into the results. */
  onEnterList: () => void;
}


/** Year, status (groups and each status), channel, decision, and debounced search, unit and officer. */
export const RegisterFilterBar = forwardRef<HTMLInputElement, Props>(function RegisterFilterBar({ kind, value, years, onChange, onEnterList }, searchRef) {
  const { t } = useTranslation();
  const spec = REGISTER_SPEC[kind];
  const { text, typed, searchKeys } = useTextFilters(value, onChange);
  const set = (patch: Partial<RegisterFilters>) => onChange({ ...value, ...patch });
  const all = { value: '', label: t('register.all') };
  const channelLabel = (c: string) =>
    kind === 'inquiry' ? t(`media.channels.${c}` as 'media.channels.email', { defaultValue: c }) : t(`cases.channels.${c}` as 'cases.channels.email', { defaultValue: c });
  const decisionLabel = (d: string) =>
    kind === 'objection'
      ? t(`objections.decisions.${d}` as 'objections.decisions.ditolak', { defaultValue: d })
      : t(`cases.actions.decisions.${d}` as 'cases.actions.decisions.ditolak', { defaultValue: d });
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t('register.filters')}>
      <TextInput
        ref={searchRef}
        label={t('register.search')}
        placeholder={t(`register.searchPlaceholder.${kind}`)}
        value={text.search}
        onChange={typed('search')}
        onKeyDown={searchKeys(onEnterList)}
        w={260}
        type="search"
      />
      <NativeSelect
        label={t('register.year')}
        value={value.year === undefined ? '' : String(value.year)}
        data={[{ value: '', label: t('register.allYears') }, ...years.map((y) => ({ value: String(y), label: String(y) }))]}
        onChange={(e) => set({ year: e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value) })}
      />
      <NativeSelect
        label={t('register.status')}
        value={value.status ?? 'any'}
        data={[
          ...STATUS_GROUPS.map((g) => ({ value: g, label: t(`register.statusGroups.${g}`) })),
          ...spec.statuses.map((s) => ({ value: s, label: statusLabel(t, kind, s) })),
        ]}
        onChange={(e) => set({ status: e.currentTarget.value })}
      />
      {spec.channels.length > 0 && (
        <NativeSelect
          label={t('register.channel')}
          value={value.channel ?? ''}
          data={[all, ...spec.channels.map((c) => ({ value: c, label: channelLabel(c) }))]}
          onChange={(e) => set({ channel: e.currentTarget.value || undefined })}
        />
      )}
      {spec.decisions.length > 0 && (
        <NativeSelect
          label={t('register.decision')}
          value={value.decision ?? ''}
          data={[all, ...spec.decisions.map((d) => ({ value: d, label: decisionLabel(d) }))]}
          onChange={(e) => set({ decision: e.currentTarget.value || undefined })}
        />
      )}
      <TextInput label={t('register.unit')} value={text.unit} onChange={typed('unit')} w={150} type="search" />
      <TextInput label={t('register.officer')} value={text.officer} onChange={typed('officer')} w={130} type="search" />
    </Group>
  );
});
