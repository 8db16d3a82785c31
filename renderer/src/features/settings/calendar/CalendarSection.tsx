import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Fieldset, Group, NativeSelect, Stack, Switch, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isUnreachable } from '../../../api';
import { AddLocalDayForm } from './AddLocalDayForm';
import { CancelShippedDayForm } from './CancelShippedDayForm';
import { useCalendar, useRemoveLocalDay, useRestoreShippedDay, useSetCutiBersama } from './api';
import { formatDay } from '../../../lib/dates';
import { useOfficeNow } from '../../../forms/officeNow';
import { SavedNotice } from '../../../forms/SavedNotice';
import { CALENDAR_SECTION_ID } from './CalendarNotice';

// White text on dark shades: the light and outline variants failed axe's contrast check.
const KIND_COLOR = { libur_nasional: 'red.9', cuti_bersama: 'grape.9', lokal: 'blue.9' } as const;

/** Pengaturan › Kalender hari kerja: the days off in force, and the administrator's local days. */
export function CalendarSection() {
  const { t, i18n } = useTranslation();
  const calendar = useCalendar();
  const remove = useRemoveLocalDay();
  const restore = useRestoreShippedDay();
  const [cancelling, setCancelling] = useState<{ date: string; name: string } | null>(null);
  const setCutiBersama = useSetCutiBersama();
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // This year on the app clock, in the office's zone.
  const thisYear = Number(useOfficeNow().today().slice(0, 4));
  const years = useMemo(() => {
    const all = new Set<number>([...(calendar.data?.coveredYears ?? []), thisYear]);
    for (const d of calendar.data?.days ?? []) all.add(Number(d.date.slice(0, 4)));
    return [...all].sort();
  }, [calendar.data, thisYear]);
  const [year, setYear] = useState(thisYear);

  if (calendar.isError && !calendar.data) {
    return <Alert color="red" variant="outline">{t('calendar.loadFailed', { message: calendar.error.message })}</Alert>;
  }
  const data = calendar.data;
  const local = new Set((data?.localDays ?? []).map((d) => d.date));
  const rows = (data?.days ?? []).filter((d) => d.date.startsWith(`${year}-`));
  const cancelledRows = (data?.cancelledDays ?? []).filter((d) => d.date.startsWith(`${year}-`));

  const restoreDay = (date: string) => {
    setNotice(null);
    setProblem(null);
    restore.mutate(
      { date },
      {
        onSuccess: (change) => {
          const total = change.recomputed.requests + change.recomputed.objections + change.recomputed.disputes;
          setNotice(t('calendar.restored', { date: formatDay(date, i18n.language), changed: change.recomputed.changed, total, version: change.version }));
        },
        onError: (error) => setProblem(t('calendar.failed', { message: isUnreachable(error) ? t('errors.unreachable') : error.message })),
      },
    );
  };

  const removeDay = (date: string) => {
    setNotice(null);
    setProblem(null);
    remove.mutate(
      { date },
      {
        onSuccess: (change) => {
          const total = change.recomputed.requests + change.recomputed.objections + change.recomputed.disputes;
          setNotice(t('calendar.removed', { changed: change.recomputed.changed, total, version: change.version }));
        },
        onError: (error) => setProblem(t('calendar.failed', { message: isUnreachable(error) ? t('errors.unreachable') : error.message })),
      },
    );
  };

  const toggleCutiBersama = (dayOff: boolean) => {
    setNotice(null);
    setProblem(null);
    setCutiBersama.mutate(
      { dayOff },
      {
        onSuccess: (change) => {
          const total = change.recomputed.requests + change.recomputed.objections + change.recomputed.disputes;
          const key = dayOff ? 'calendar.cutiBersamaSetOff' : 'calendar.cutiBersamaSetWorking';
          setNotice(t(key, { changed: change.recomputed.changed, total, version: change.version }));
        },
        onError: (error) => setProblem(t('calendar.failed', { message: isUnreachable(error) ? t('errors.unreachable') : error.message })),
      },
    );
  };

  return (
    <Fieldset legend={t('calendar.title')} id={CALENDAR_SECTION_ID} tabIndex={-1}>
      <Stack gap="sm">
        <Text size="sm">{t('calendar.intro')}</Text>
        {data && (
          <Text size="sm" c="gray.7">
            {t('calendar.version', { version: data.version })} · {data.cutiBersamaIsDayOff ? t('calendar.cutiBersama') : t('calendar.cutiBersamaWorking')}
          </Text>
        )}
        {data && (
          <Switch
            label={t('calendar.cutiBersamaSwitch')}
            description={t('calendar.cutiBersamaHelp')}
            checked={setCutiBersama.isPending ? (setCutiBersama.variables?.dayOff ?? data.cutiBersamaIsDayOff) : data.cutiBersamaIsDayOff}
            disabled={setCutiBersama.isPending}
            onChange={(e) => toggleCutiBersama(e.currentTarget.checked)}
          />
        )}
        {data && (
          <NativeSelect
            label={t('calendar.year')}
            w={140}
            value={String(year)}
            onChange={(e) => setYear(Number(e.currentTarget.value))}
            data={years.map((y) => String(y))}
          />
        )}
        {data && !data.coveredYears.includes(year) && (
          <Alert color="yellow" variant="outline">{t('calendar.notCovered', { year })}</Alert>
        )}
        <SavedNotice notice={notice} />
        {problem && <Text size="sm" c="red.9" role="alert">{problem}</Text>}
        <Table striped withTableBorder verticalSpacing={4} fz="sm" captionSide="top">
          <Table.Caption>{t('calendar.tableCaption', { year })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('calendar.colDate')}</Table.Th>
              <Table.Th scope="col">{t('calendar.colKind')}</Table.Th>
              <Table.Th scope="col">{t('calendar.colName')}</Table.Th>
              <Table.Th scope="col">{t('calendar.colBasis')}</Table.Th>
              <Table.Th scope="col">{t('calendar.colAction')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((day) => (
              <Table.Tr key={`${day.date}-${day.kind}`}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(day.date, i18n.language)}</Table.Td>
                <Table.Td style={{ minWidth: 140 }}>
                  <Badge color={KIND_COLOR[day.kind]} style={{ overflow: 'visible' }} styles={{ label: { overflow: 'visible' } }} variant="filled" radius="sm">{t(`calendar.kind.${day.kind}`)}</Badge>
                </Table.Td>
                <Table.Td>{day.name}</Table.Td>
                <Table.Td c="gray.8">{day.basis}</Table.Td>
                <Table.Td>
                  {local.has(day.date) ? (
                    <Button size="compact-xs" variant="outline" color="red.9" onClick={() => removeDay(day.date)} loading={remove.isPending}
                      aria-label={t('calendar.removeLabel', { date: formatDay(day.date, i18n.language) })}>
                      {t('calendar.remove')}
                    </Button>
                  ) : (
                    <Button size="compact-xs" variant="outline" color="gray.8" onClick={() => { setNotice(null); setCancelling({ date: day.date, name: day.name }); }}
                      aria-label={t('calendar.cancelLabel', { date: formatDay(day.date, i18n.language) })}>
                      {t('calendar.cancel')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {cancelling && (
          <CancelShippedDayForm
            day={cancelling}
            onClose={() => setCancelling(null)}
            onDone={(message) => { setCancelling(null); setProblem(null); setNotice(message); }}
          />
        )}
        {cancelledRows.length > 0 && (
          <Table withTableBorder verticalSpacing={4} fz="sm" captionSide="top">
            <Table.Caption>{t('calendar.cancelledCaption', { year })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('calendar.colDate')}</Table.Th>
                <Table.Th scope="col">{t('calendar.colName')}</Table.Th>
                <Table.Th scope="col">{t('calendar.colCancelBasis')}</Table.Th>
                <Table.Th scope="col">{t('calendar.colAction')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cancelledRows.map((day) => (
                <Table.Tr key={day.date}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(day.date, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" td="line-through">{day.name}</Text>
                  </Table.Td>
                  <Table.Td c="gray.8">{day.basis}</Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="outline" onClick={() => restoreDay(day.date)} loading={restore.isPending}
                      aria-label={t('calendar.restoreLabel', { date: formatDay(day.date, i18n.language) })}>
                      {t('calendar.restore')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group>
          <AddLocalDayForm onDone={(message) => { setProblem(null); setNotice(message); }} />
        </Group>
      </Stack>
    </Fieldset>
  );
}
