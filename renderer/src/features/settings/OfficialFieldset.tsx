import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldId, messageAt, type ProfileFormValues } from './formModel';
import { REQUIRED } from '../../lib/required';

const LABELS = {
  ppid: { name: 'settings.fields.ppidName', nip: 'settings.fields.ppidNip', title: 'settings.fields.ppidTitle' },
  atasan: { name: 'settings.fields.atasanName', nip: 'settings.fields.atasanNip', title: 'settings.fields.atasanTitle' },
} as const;

/** Name, NIP and position of the PPID or of the Atasan PPID (the signature blocks). */
export function OfficialFieldset(props: {
  who: 'ppid' | 'atasan';
  register: UseFormRegister<ProfileFormValues>;
  errors: FieldErrors<ProfileFormValues>;
}) {
  const { t } = useTranslation();
  const { who, register, errors } = props;
  const labels = LABELS[who];
  return (
    <Fieldset legend={t(`settings.sections.${who}`)}>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
        <TextInput
          id={fieldId(`${who}.name`)}
          label={t(labels.name)}
          {...REQUIRED}
          autoComplete="off"
          {...register(`${who}.name`)}
          error={messageAt(errors, `${who}.name`)}
        />
        <TextInput
          id={fieldId(`${who}.nip`)}
          label={t(labels.nip)}
          description={t('settings.fields.nipHelp')}
          inputMode="numeric"
          autoComplete="off"
          {...register(`${who}.nip`)}
          error={messageAt(errors, `${who}.nip`)}
        />
        <TextInput
          id={fieldId(`${who}.title`)}
          label={t(labels.title)}
          {...REQUIRED}
          autoComplete="off"
          {...register(`${who}.title`)}
          error={messageAt(errors, `${who}.title`)}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
