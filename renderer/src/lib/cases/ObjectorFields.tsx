// The objector of an objection without a request (UU KIP Ps 35(1) huruf b): the identity fields of
// the request intake (same labels, same shared zod rules on the backend), the information that
// was not published and its purpose.
import { NativeSelect, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ID_TYPES, type IdType } from '../../../../shared/domain/requests/fields';
import { REQUIRED } from '../required';

export interface ObjectorValues {
  name: string;
  idType: IdType;
  idNumber: string;
  address: string;
  phone: string;
  email: string;
  occupation: string;
  information: string;
  purpose: string;
}

export const EMPTY_OBJECTOR: ObjectorValues = {
  name: '', idType: 'nik', idNumber: '', address: '', phone: '', email: '', occupation: '', information: '', purpose: '',
};

interface Props {
  value: ObjectorValues;
  onChange: (next: ObjectorValues) => void;
  issues: Record<string, string>;
}

export function ObjectorFields({ value, onChange, issues }: Props) {
  const { t } = useTranslation();
  const field = (key: Exclude<keyof ObjectorValues, 'idType' | 'information' | 'purpose'>) => ({
    label: t(`cases.intake.fields.${key}`),
    value: value[key],
    onChange: (e: { currentTarget: { value: string } }) => onChange({ ...value, [key]: e.currentTarget.value }),
    error: issues[`objector.${key}`],
    autoComplete: 'off',
  });
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <TextInput {...REQUIRED} {...field('name')} />
        <TextInput {...field('occupation')} />
        <NativeSelect
          label={t('cases.intake.fields.idType')}
          data={ID_TYPES.map((v) => ({ value: v, label: t(`cases.idTypes.${v}`) }))}
          value={value.idType}
          onChange={(e) => onChange({ ...value, idType: e.currentTarget.value as IdType })}
        />
        <TextInput
          {...REQUIRED}
          inputMode={value.idType === 'nik' ? 'numeric' : 'text'}
          description={value.idType === 'nik' ? t('cases.intake.fields.nikHelp') : t('cases.intake.fields.deedHelp')}
          {...field('idNumber')}
        />
        <TextInput {...REQUIRED} type="tel" {...field('phone')} />
        <TextInput type="email" {...field('email')} />
      </SimpleGrid>
      <Textarea {...REQUIRED} autosize minRows={2} maxRows={4} {...field('address')} />
      <Textarea
        {...REQUIRED}
        label={t('objections.create.information')}
        value={value.information}
        onChange={(e) => onChange({ ...value, information: e.currentTarget.value })}
        error={issues.information}
        autosize
        minRows={2}
      />
      <Textarea
        label={t('objections.create.purpose')}
        value={value.purpose}
        onChange={(e) => onChange({ ...value, purpose: e.currentTarget.value })}
        error={issues.purpose}
        autosize
        minRows={1}
      />
    </>
  );
}
