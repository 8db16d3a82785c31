// Log audit (issue 14): the Admin filters the hash-chained audit log by officer, kind of action
// and office-local dates, pages back through it, and exports the selection as XLSX.
import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localDateTimeOf, parseInstant } from '../../../../shared/domain/requests/instant';
import { zoneLabel } from '../../../../shared/domain/clocks';
import type { AuditRow } from '../../../../shared/ipc/channels/audit';
import { contract, type Input } from '../../../../shared/ipc/contract';
import { isApiError, isUnreachable } from '../../api';
import { DateTimeField } from '../../forms/DateTimeField';
import { PageHeading } from '../../shell/PageHeading';
import { useOfficeZone } from '../../lib/officeZone';
import { downloadFile } from '../../lib/files';
import { useAuditExport, useAuditList, useOfficers } from './api';
import { useCanCall } from '../../lib/roles';

const PAGE = 100;
type Filter = NonNullable<Input<'audit:list'>['filter']>;

export function AuditPage() {
  const { t } = useTranslation();
  const allowed = useCanCall('audit:list');
  return (
    <Stack gap="md" maw={1200}>
      <PageHeading>{t('officers.audit.title')}</PageHeading>
      <Text size="sm">{t('officers.audit.intro')}</Text>
      {allowed ? <AuditView /> : <Alert color="gray">{t('officers.forbidden')}</Alert>}
      <Anchor component={Link} to="/settings?section=akun-petugas" size="sm">
        {t('officers.audit.back')}
      </Anchor>
    </Stack>
  );
}

function AuditView() {
  const { t } = useTranslation();
  const officers = useOfficers();
  const exporter = useAuditExport();
  const [draft, setDraft] = useState({ officer: '', kind: '', from: '', to: '' });
  const [filter, setFilter] = useState<Filter>({ kind: '' });
  const [limit, setLimit] = useState(PAGE);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const list = useAuditList({ filter, limit });

  const toFilter = (): Filter => ({
    kind: draft.kind,
    ...(draft.officer === 'none' ? { officerId: null } : draft.officer ? { officerId: Number(draft.officer) } : {}),
    ...(draft.from ? { from: draft.from } : {}),
    ...(draft.to ? { to: draft.to } : {}),
  });

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = toFilter();
    const parsed = contract['audit:list'].input.safeParse({ filter: next });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path.at(-1) ?? 'form'), i.message])));
      return;
    }
    setErrors({});
    setNotice(null);
    setLimit(PAGE);
    setFilter(next);
  };

  const exportXlsx = () =>
    exporter.mutate(
      { filter },
      {
        onSuccess: (file) => {
          downloadFile(file);
          setNotice(t('officers.audit.exported', { filename: file.filename, rows: file.rows }));
        },
        onError: (e) => setErrors({ form: isUnreachable(e) ? t('errors.unreachable') : isApiError(e) ? e.message : String(e) }),
      },
    );

  const officerOptions = [
    { value: '', label: t('officers.audit.anyOfficer') },
    { value: 'none', label: t('officers.audit.noOfficer') },
    ...(officers.data?.officers ?? []).map((o) => ({ value: String(o.id), label: `${o.name} (${o.username})` })),
  ];
  const kindOptions = [{ value: '', label: t('officers.audit.anyKind') }, ...(list.data?.kinds ?? []).map((k) => ({ value: `${k}.`, label: k }))];

  return (
    <Stack gap="sm">
      <form onSubmit={apply} noValidate aria-label={t('officers.audit.apply')}>
        <Group align="flex-end" gap="sm">
          <NativeSelect label={t('officers.audit.officer')} data={officerOptions} value={draft.officer} onChange={(e) => {
              const officer = e.currentTarget.value;
              setDraft((d) => ({ ...d, officer }));
            }} w={230} />
          <NativeSelect label={t('officers.audit.kind')} data={kindOptions} value={draft.kind} onChange={(e) => {
              const kind = e.currentTarget.value;
              setDraft((d) => ({ ...d, kind }));
            }} w={190} />
          <DateTimeField mode="date" label={t('officers.audit.from')} value={draft.from} onChange={(from) => setDraft((d) => ({ ...d, from }))} error={errors.from} w={170} />
          <DateTimeField mode="date" label={t('officers.audit.to')} value={draft.to} onChange={(to) => setDraft((d) => ({ ...d, to }))} error={errors.to} w={170} />
          <Button type="submit">{t('officers.audit.apply')}</Button>
        </Group>
      </form>
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
      {list.isError && (
        <Alert color="red" variant="outline" role="alert">
          {t('officers.audit.failed', { message: list.error.message })}
        </Alert>
      )}
      {list.data && <AuditTable rows={list.data.rows} total={list.data.total} onMore={() => setLimit((l) => Math.min(500, l + PAGE))} canMore={list.data.rows.length < list.data.total && limit < 500} />}
      <Group>
        {/* The whole selection of the applied filter, not only the rows loaded. */}
        <Button variant="default" onClick={exportXlsx} loading={exporter.isPending}>
          {t('officers.audit.export')}
        </Button>
      </Group>
    </Stack>
  );
}

function AuditTable({ rows, total, onMore, canMore }: { rows: AuditRow[]; total: number; onMore: () => void; canMore: boolean }) {
  const { t } = useTranslation();
  const zone = useOfficeZone();
  if (rows.length === 0) return <Text size="sm">{t('officers.audit.empty')}</Text>;
  const at = (iso: string) => {
    const ms = parseInstant(iso);
    return ms === null ? iso : localDateTimeOf(ms, zone).replace('T', ' ');
  };
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={900}>
        <Table striped withTableBorder verticalSpacing={4} fz="sm">
          <Table.Caption>{t('officers.audit.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('officers.audit.seq')}</Table.Th>
              <Table.Th>{`${t('officers.audit.at')} (${zoneLabel(zone)})`}</Table.Th>
              <Table.Th>{t('officers.audit.actor')}</Table.Th>
              <Table.Th>{t('officers.audit.action')}</Table.Th>
              <Table.Th>{t('officers.audit.entity')}</Table.Th>
              <Table.Th>{t('officers.audit.data')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.seq}>
                <Table.Td>{r.seq}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{at(r.at)}</Table.Td>
                <Table.Td>{r.actor}</Table.Td>
                <Table.Td ff="monospace">{r.action}</Table.Td>
                <Table.Td>{r.entityId ? `${r.entity} ${r.entityId}` : r.entity}</Table.Td>
                <Table.Td maw={420} style={{ wordBreak: 'break-word' }}>
                  <Text size="xs" ff="monospace" lineClamp={3}>
                    {r.data === '{}' ? '' : r.data}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between">
        <Text size="sm" c="gray.7">
          {t('officers.audit.total', { shown: rows.length, total })}
        </Text>
        {canMore && (
          <Button variant="default" size="compact-sm" onClick={onMore}>
            {t('officers.audit.more')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
