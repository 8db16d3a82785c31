// Laporan › the narrative of the annual report (Perki 1/2021 Ps 56: policy; people, facilities and
// budget; obstacles; recommendations), kept per year. Last year's text is offered as a start while
// this year is empty. A save names the version it started from, so a save by someone else in
// between is refused (conflict) instead of silently overwritten; the officer's text stays.
import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Fieldset, Group, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NARRATIVE_KEYS, type NarrativeSections, type NarrativeView } from '../../../../shared/ipc/channels/reports';
import { isApiError, isUnreachable } from '../../api';
import { useUnsaved } from '../../forms/unsaved';
import { useOfficeZone } from '../../lib/officeZone';
import { localParts } from '../../lib/officeTime';
import { zoneLabel } from '../../../../shared/domain/clocks';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { IsoDate } from '../../../../shared/domain/calendar/localDate';
import { useNarrative, useSaveNarrative } from './api';

const EMPTY: NarrativeSections = { policy: '', service: '', obstacles: '', recommendations: '' };
const isEmpty = (s: NarrativeSections) => NARRATIVE_KEYS.every((k) => s[k].trim() === '');
const same = (a: NarrativeSections, b: NarrativeSections) => NARRATIVE_KEYS.every((k) => a[k] === b[k]);

export function NarrativeEditor({ year }: { year: number }) {
  const { t } = useTranslation();
  const query = useNarrative(year);
  return (
    <Fieldset legend={t('reports.narrative.title', { year })} p="sm">
      <Text size="sm" mb="sm">
        {t('reports.narrative.intro', { year })}
      </Text>
      {query.isPending ? (
        <Text size="sm">{t('reports.narrative.loading')}</Text>
      ) : query.isError ? (
        <Text size="sm" c="red.9" role="alert">
          {t('reports.narrative.loadFailed', { message: isUnreachable(query.error) ? t('errors.unreachable') : query.error.message })}
        </Text>
      ) : (
        // Keyed by the year: another year is another form.
        <NarrativeForm key={year} view={query.data} onReload={() => void query.refetch()} />
      )}
    </Fieldset>
  );
}

function NarrativeForm({ view, onReload }: { view: NarrativeView; onReload: () => void }) {
  const { t } = useTranslation();
  const zone = useOfficeZone();
  const save = useSaveNarrative();
  // The version this form started from: what is on screen is compared with it, and a save names it.
  const [base, setBase] = useState(view);
  const [values, setValues] = useState<NarrativeSections>(view.sections);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ conflict: boolean; message: string } | null>(null);
  const dirty = !same(values, base.sections);
  useUnsaved(dirty && !save.isPending, t('reports.narrative.unsaved'));

  // A reload after a conflict, or a save elsewhere while nothing is typed here: take the newer version.
  useEffect(() => {
    if (view.version === base.version) return;
    if (!dirty || failure?.conflict) {
      setBase(view);
      setValues(view.sections);
      setFailure(null);
    }
  }, [view]);

  const when = (instant: string) => {
    const parts = localParts(instant, zone);
    return `${formatTanggal(parts.date as IsoDate)} ${parts.time} ${zoneLabel(zone)}`;
  };
  const previous = view.previous;
  const offerPrevious = previous !== null && isEmpty(base.sections) && isEmpty(values) && !isEmpty(previous.sections);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    setFailure(null);
    save.mutate(
      { year: base.year, sections: values, version: base.version },
      {
        onSuccess: (saved) => {
          setBase(saved);
          setValues(saved.sections);
          setNotice(t('reports.narrative.saved', { year: saved.year }));
        },
        onError: (error) => {
          const message = isUnreachable(error) ? t('errors.unreachable') : error.message;
          const conflict = isApiError(error) && error.code === 'conflict';
          setFailure({ conflict, message });
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('reports.narrative.title', { year: base.year })}>
      <Stack gap="sm">
        {offerPrevious && (
          <Alert color="blue" variant="light">
            <Text size="sm" mb="xs">
              {t('reports.narrative.usePreviousHelp', { year: base.year, previous: previous.year })}
            </Text>
            <Button variant="default" size="xs" onClick={() => setValues({ ...EMPTY, ...previous.sections })}>
              {t('reports.narrative.usePrevious', { year: previous.year })}
            </Button>
          </Alert>
        )}
        {NARRATIVE_KEYS.map((key) => (
          <Textarea
            key={key}
            label={t(`reports.narrative.sections.${key}`)}
            value={values[key]}
            onChange={(e) => {
              const text = e.currentTarget.value;
              setValues((v) => ({ ...v, [key]: text }));
              setNotice(null);
            }}
            autosize
            minRows={3}
            maxRows={14}
          />
        ))}
        {failure &&
          (failure.conflict ? (
            <Alert color="red" variant="outline" role="alert" title={t('reports.narrative.conflictTitle')}>
              <Text size="sm">{t('reports.narrative.conflict')}</Text>
              <Text size="sm" mt={4} c="gray.8">
                {failure.message}
              </Text>
              <Button variant="default" size="xs" mt="xs" onClick={onReload}>
                {t('reports.narrative.reload')}
              </Button>
            </Alert>
          ) : (
            <Alert color="red" variant="outline" role="alert">
              {t('reports.narrative.failed', { message: failure.message })}
            </Alert>
          ))}
        <Group justify="space-between" align="center">
          <Text size="sm" c="gray.8" role="status">
            {notice ??
              (base.updatedAt
                ? base.updatedBy
                  ? t('reports.narrative.lastSaved', { when: when(base.updatedAt), who: base.updatedBy })
                  : t('reports.narrative.lastSavedNoOne', { when: when(base.updatedAt) })
                : t('reports.narrative.neverSaved'))}
          </Text>
          <Button type="submit" loading={save.isPending} disabled={!dirty}>
            {t('reports.narrative.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
