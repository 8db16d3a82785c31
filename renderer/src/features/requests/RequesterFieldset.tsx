import { Fieldset, NativeSelect, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ID_TYPES } from '../../../../shared/domain/requests/fields';
import { REQUIRED } from '../../lib/required';
import { intakeFieldId, messageAt, type IntakeValues } from './intakeModel';

interface Props {
  register: UseFormRegister<IntakeValues>;
  errors: FieldErrors<IntakeValues>;
  idType: IntakeValues['requester']['idType'];
}

export function RequesterFieldset({ register, errors, idType }: Props) {
  const { t } = useTranslation();
  type Key = keyof IntakeValues['requester'];
  const field = (key: Key) => ({
    id: intakeFieldId(`requester.${key}`),
    label: t(`cases.intake.fields.${key}`),
    ...register(`requester.${key}`),
    error: messageAt(errors, `requester.${key}`),
  });
  return (
    <Fieldset legend={t('cases.intake.sections.requester')}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <TextInput {...REQUIRED} autoComplete="off" {...field('name')} />
        <TextInput autoComplete="off" {...field('occupation')} />
        <NativeSelect data={ID_TYPES.map((v) => ({ value: v, label: t(`cases.idTypes.${v}`) }))} {...field('idType')} />
        <TextInput
          {...REQUIRED}
          autoComplete="off"
          inputMode={idType === 'nik' ? 'numeric' : 'text'}
          description={idType === 'nik' ? t('cases.intake.fields.nikHelp') : t('cases.intake.fields.deedHelp')}
          {...field('idNumber')}
        />
        <TextInput {...REQUIRED} type="tel" autoComplete="off" {...field('phone')} />
        <TextInput type="email" autoComplete="off" {...field('email')} />
      </SimpleGrid>
      <Textarea mt="sm" {...REQUIRED} autosize minRows={2} maxRows={4} {...field('address')} />
      <TextInput mt="sm" autoComplete="off" {...field('proxyName')} />
    </Fieldset>
  );
}
