import { useEffect, useState } from 'react';
import { Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_VERDICTS, type ImportVerdict } from '../../../../shared/domain/archive/fields';
import type { ImportRun } from '../../../../shared/ipc/channels/archiveRecords';
import { useOfficeZone } from '../../lib/officeZone';
import { formatBackupTime } from '../../lib/backupFormat';
import { useImportItems, useImportRuns } from '../../lib/archive';
import { reasonText } from './ReasonText';
import { VerdictTable } from './VerdictTable';

type Filter = ImportVerdict | 'all';

/**
 * Riwayat impor: every import run kept by the core, newest first; one run's report with a verdict
 * filter (Diimpor, Duplikat, Ditolak, …). It is read from the archive, so it is still there after
 * leaving the page or restarting the app. `latestBatch` selects the run that just ended.
 */
export function ImportHistory({ latestBatch, onOpen }: { latestBatch: string | null; onOpen: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const zone = useOfficeZone();
  const runs = useImportRuns();
  const [runId, setRunId] = useState<number | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const list = runs.data?.runs ?? [];

  // A run that just ended is shown; otherwise the chosen one, else the latest.
  const latestRunId = latestBatch ? list.find((r) => r.batchId === latestBatch)?.id : undefined;
  useEffect(() => {
    if (latestRunId === undefined) return;
    setRunId(latestRunId);
    setFilter('all');
  }, [latestRunId]);
  const run: ImportRun | undefined = list.find((r) => r.id === runId) ?? list[0];
  const items = useImportItems({ runId: run?.id ?? 0, ...(filter === 'all' ? {} : { verdicts: [filter] }), limit: 200 }, run !== undefined);
  const lines = items.data?.pages.flatMap((p) => p.items) ?? [];

  const runLabel = (r: ImportRun) =>
    t('archive.history.runLabel', { time: formatBackupTime(r.startedAt, zone, i18n.language), total: r.total, actor: r.actor }) +
    (r.finishedAt === null ? ` (${t('archive.history.unfinished')})` : r.cancelled ? ` (${t('archive.history.cancelled')})` : '');

  return (
    <Stack gap="sm" component="section" aria-labelledby="archive-history-title">
      <Title order={2} size="h4" id="archive-history-title">
        {t('archive.history.title')}
      </Title>
      {runs.isSuccess && list.length === 0 && <Text size="sm">{t('archive.history.none')}</Text>}
      {run && (
        <>
          <NativeSelect
            label={t('archive.history.run')}
            value={String(run.id)}
            onChange={(e) => {
              setRunId(Number(e.currentTarget.value));
              setFilter('all');
            }}
            data={list.map((r) => ({ value: String(r.id), label: runLabel(r) }))}
            maw={640}
          />
          <Group gap={6} role="group" aria-label={t('archive.history.filter')}>
            {(['all', ...IMPORT_VERDICTS] as const).map((v) => (
              <Button
                key={v}
                size="compact-sm"
                variant={filter === v ? 'filled' : 'default'}
                aria-pressed={filter === v}
                disabled={v !== 'all' && run.counts[v] === 0}
                onClick={() => setFilter(v)}
              >
                {`${v === 'all' ? t('archive.history.all') : t(`archive.verdicts.${v}`)} (${v === 'all' ? run.total : run.counts[v]})`}
              </Button>
            ))}
          </Group>
          {items.isSuccess && lines.length === 0 && <Text size="sm">{t('archive.history.noneMatching')}</Text>}
          {lines.length > 0 && (
            <VerdictTable
              onOpen={onOpen}
              lines={lines.map((line) => ({
                key: String(line.id),
                path: line.relativePath,
                verdict: line.verdict,
                openId: line.documentId !== null && line.documentExists ? line.documentId : null,
                reason: [reasonText(t, line, i18n.language), line.withdrawnAt ? t('archive.history.withdrawn') : ''].filter(Boolean).join(' '),
              }))}
            />
          )}
          {items.hasNextPage && (
            <div>
              <Button variant="subtle" size="xs" loading={items.isFetchingNextPage} onClick={() => void items.fetchNextPage()}>
                {t('archive.history.more')}
              </Button>
            </div>
          )}
        </>
      )}
    </Stack>
  );
}
