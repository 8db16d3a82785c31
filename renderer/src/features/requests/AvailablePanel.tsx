import { Checkbox, Fieldset, Stack, Text } from '@mantine/core';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IntakeContext, IntakeValues, ParsedIntake } from './intakeModel';
import { useArchiveSearch, useDebounced } from '../../lib/archive';
import { Snippet } from '../../lib/Snippet';

/**
 * "Sudah tersedia": while the officer types the requested information on the intake form, the
 * archive documents that match appear beside it; the ones ticked are recorded on the request as
 * provided once it is saved (archive:link).
 */
export function AvailablePanel({ control, selected, onChange }: { control: Control<IntakeValues, IntakeContext, ParsedIntake>; selected: number[]; onChange: (ids: number[]) => void }) {
  const { t } = useTranslation();
  // Watched here, not in the form: typing re-renders this panel only, not the whole intake form.
  const text = useWatch({ control, name: 'information' }) ?? '';
  const query = useDebounced(text.trim(), 400);
  const search = useArchiveSearch({ query, limit: 5 }, query.length >= 3);
  const hits = query.length >= 3 ? (search.data?.hits ?? []) : [];
  if (query.length < 3 || search.isError) return null;
  return (
    <Fieldset legend={t('archive.available.title')} aria-live="polite">
      <Text size="xs" mb="xs">
        {t('archive.available.help')}
      </Text>
      {hits.length === 0 ? (
        <Text size="sm">{t('archive.available.none')}</Text>
      ) : (
        <Stack gap="xs">
          {hits.map((hit) => (
            <Checkbox
              key={hit.id}
              checked={selected.includes(hit.id)}
              onChange={(e) => onChange(e.currentTarget.checked ? [...selected, hit.id] : selected.filter((id) => id !== hit.id))}
              aria-label={t('archive.available.give', { title: hit.title })}
              label={
                <>
                  <Text component="span" fw={600} size="sm">
                    {hit.title}
                  </Text>{' '}
                  <Text component="span" size="xs" c="dimmed">
                    {hit.fileName}
                  </Text>
                  <Text component="span" size="xs" className="archive-snippet">
                    <Snippet segments={hit.snippet} />
                  </Text>
                </>
              }
            />
          ))}
        </Stack>
      )}
    </Fieldset>
  );
}
