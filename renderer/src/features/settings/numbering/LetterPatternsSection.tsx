// Pengaturan › Penomoran surat: one number pattern per letter type, next to the registration
// numbering (same tokens; {unit} and the {seq} width come from there).
import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NUMBERED_LETTER_TYPES, type NumberedLetterType } from '../../../../../shared/domain/letters';
import { contract } from '../../../../../shared/ipc/contract';
import { isApiError, isUnreachable } from '../../../api';
import { useLetterPatterns, useSetLetterPatterns } from '../../../lib/letters/api';
import { useUnsaved } from '../../../forms/unsaved';
import { coreMessageIn } from '../../../i18n/coreMessages';

type Values = Record<NumberedLetterType, string>;

export function LetterPatternsSection() {
  const { t } = useTranslation();
  const patterns = useLetterPatterns();
  return (
    <Fieldset legend={t('letters.patterns.title')}>
      {patterns.isError && !patterns.data && (
        <Alert color="red" variant="outline">
          {t('letters.patterns.loadFailed', { message: patterns.error.message })}
        </Alert>
      )}
      {patterns.data ? <PatternsForm saved={patterns.data} /> : !patterns.isError && <Text size="sm">{t('app.loading')}</Text>}
    </Fieldset>
  );
}

function PatternsForm({ saved }: { saved: Values }) {
  const { t, i18n } = useTranslation();
  const save = useSetLetterPatterns();
  const [values, setValues] = useState<Values>(saved);
  const [errors, setErrors] = useState<Partial<Record<NumberedLetterType | 'form', string>>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const savedKey = JSON.stringify(saved);
  useEffect(() => setValues(saved), [savedKey]);
  useUnsaved(!save.isPending && JSON.stringify(values) !== savedKey);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const parsed = contract['letters:setPatterns'].input.safeParse(values);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? 'form'), coreMessageIn(i18n.language, i.message)])));
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: () => setNotice(t('letters.patterns.saved')),
      onError: (error) => {
        const issues = isApiError(error) ? (error.issues ?? []) : [];
        const message = isUnreachable(error) ? t('errors.unreachable') : error.message;
        setErrors({ form: t('letters.patterns.failed', { message }), ...Object.fromEntries(issues.map((i) => [i.path || 'form', i.message])) });
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('letters.patterns.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('letters.patterns.intro')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {NUMBERED_LETTER_TYPES.map((type) => (
            <TextInput
              key={type}
              label={t(`letters.patterns.types.${type}`)}
              value={values[type]}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setValues((v) => ({ ...v, [type]: value }));
              }}
              error={errors[type]}
              ff="monospace"
              required
            />
          ))}
        </SimpleGrid>
        {errors.form && (
          <Alert color="red" variant="outline" role="alert">
            {errors.form}
          </Alert>
        )}
        {notice && (
          <Text size="sm" role="status">
            {notice}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('letters.patterns.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
