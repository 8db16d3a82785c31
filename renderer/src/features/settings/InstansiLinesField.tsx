import { CloseButton, Button, Stack, TextInput } from '@mantine/core';
import { Controller, type Control, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldId, MAX_INSTANSI_LINES, messageAt, type ProfileFormValues } from './formModel';
import { REQUIRED } from '../../lib/required';

/** Focus after React has rendered the changed list. */
function focusLater(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** The kop surat's agency name: 1 to 4 lines, one input each, add/remove buttons. */
export function InstansiLinesField(props: { control: Control<ProfileFormValues>; errors: FieldErrors<ProfileFormValues> }) {
  const { t } = useTranslation();
  // The schema reports "at least one line" on the array itself; it is shown on the first line.
  const arrayError = props.errors.instansiLines?.message ?? props.errors.instansiLines?.root?.message;

  return (
    <Controller
      control={props.control}
      name="instansiLines"
      render={({ field }) => {
        const lines = field.value;
        const setLine = (index: number, value: string) => field.onChange(lines.map((line, i) => (i === index ? value : line)));
        const add = () => {
          field.onChange([...lines, '']);
          focusLater(fieldId(`instansiLines.${lines.length}`));
        };
        const remove = (index: number) => {
          field.onChange(lines.filter((_, i) => i !== index));
          focusLater(fieldId(`instansiLines.${Math.max(0, index - 1)}`));
        };
        return (
          <Stack gap="xs">
            {lines.map((line, index) => (
              <TextInput
                // Lines have no identity beyond their position; values are controlled.
                key={index}
                id={fieldId(`instansiLines.${index}`)}
                ref={index === 0 ? field.ref : undefined}
                label={t('settings.fields.instansiLine', { n: index + 1 })}
                {...(index === 0 ? REQUIRED : {})}
                description={index === lines.length - 1 ? t('settings.fields.instansiHelp') : undefined}
                value={line}
                onChange={(event) => setLine(index, event.currentTarget.value)}
                onBlur={field.onBlur}
                error={messageAt(props.errors, `instansiLines.${index}`) ?? (index === 0 ? arrayError : undefined)}
                rightSectionPointerEvents="all"
                rightSection={
                  lines.length > 1 ? (
                    <CloseButton
                      size="sm"
                      aria-label={t('settings.fields.removeLine', { n: index + 1 })}
                      title={t('settings.fields.removeLine', { n: index + 1 })}
                      onClick={() => remove(index)}
                    />
                  ) : undefined
                }
              />
            ))}
            {lines.length < MAX_INSTANSI_LINES && (
              <Button variant="default" size="xs" onClick={add} style={{ alignSelf: 'flex-start' }}>
                {t('settings.fields.addLine')}
              </Button>
            )}
          </Stack>
        );
      }}
    />
  );
}
