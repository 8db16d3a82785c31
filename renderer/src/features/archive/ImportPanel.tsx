import { useRef, useState, type DragEvent } from 'react';
import { Box, Button, Group, Progress, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES } from '../../../../shared/domain/archive/fields';
import type { ImportItem } from '../../../../shared/ipc/channels/archive';
import type { Input } from '../../../../shared/ipc/contract';
import { newClientKey, useApi } from '../../api';
import { archiveKeys, toBase64 } from '../../lib/archive';
import { ReasonText } from './ReasonText';
import { VerdictTable } from './VerdictTable';
import { fromDataTransfer, fromFileList, type PickedFile } from './collectFiles';

interface RunState {
  done: number;
  total: number;
  items: ImportItem[];
  running: boolean;
  cancelled: boolean;
}

type Unsent = Input<'archive:finishImport'>['unsent'] extends (infer U)[] | undefined ? U : never;

/**
 * Import: pick files or a folder, or drop them; one file per call, progress, cancel. The report of
 * the run is shown here while it runs; when it ends, the core has kept it and Riwayat impor shows it.
 */
export function ImportPanel({ onOpen, onFinished }: { onOpen: (id: number) => void; onFinished: (batchId: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [run, setRun] = useState<RunState | null>(null);
  const [dragging, setDragging] = useState(false);
  const cancelRef = useRef(false);
  const filesRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);

  async function start(files: PickedFile[]) {
    if (files.length === 0 || run?.running) return;
    cancelRef.current = false;
    const batchId = newClientKey();
    const items: ImportItem[] = [];
    // Files the core never received: it records them with the run when the run ends.
    const unsent: Unsent[] = [];
    setRun({ done: 0, total: files.length, items, running: true, cancelled: false });
    for (const picked of files) {
      if (cancelRef.current) break;
      const base = { name: picked.file.name, relativePath: picked.relativePath, documentId: null, title: null, fileType: null, notes: [], reason: null, detail: null };
      let item: ImportItem;
      if (picked.file.size > MAX_IMPORT_BYTES) {
        const params = { size: `${(picked.file.size / 1024 / 1024).toFixed(1)} MB`, limit: MAX_IMPORT_BYTES / 1024 / 1024 };
        item = { ...base, verdict: 'rejected', reasonCode: 'too_large', reasonParams: params };
        unsent.push({ name: picked.file.name, relativePath: picked.relativePath, reasonCode: 'too_large', size: picked.file.size });
      }
      else {
        try {
          const bytes = new Uint8Array(await picked.file.arrayBuffer());
          item = await api.invoke('archive:importFile', { batchId, name: picked.file.name, relativePath: picked.relativePath, dataBase64: toBase64(bytes) });
        } catch (error) {
          const message = (error as Error).message.slice(0, 500);
          item = { ...base, verdict: 'rejected', reasonCode: 'upload_failed', reasonParams: { message } };
          unsent.push({ name: picked.file.name, relativePath: picked.relativePath, reasonCode: 'upload_failed', message });
        }
      }
      items.push(item);
      setRun({ done: items.length, total: files.length, items: [...items], running: true, cancelled: false });
    }
    const cancelled = cancelRef.current && items.length < files.length;
    try {
      await api.invoke('archive:finishImport', { batchId, cancelled, unsent });
    } catch {
      // The verdicts of the files that were sent are kept already; only the run's end is missing.
    }
    setRun({ done: items.length, total: files.length, items: [...items], running: false, cancelled });
    await queryClient.invalidateQueries({ queryKey: archiveKeys.all });
    onFinished(batchId);
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void fromDataTransfer(event.dataTransfer).then(start);
  };

  const counts = { imported: 0, duplicate: 0, rejected: 0, encrypted: 0, skipped: 0 };
  for (const i of run?.items ?? []) counts[i.verdict] += 1;

  return (
    <Stack gap="sm" component="section" aria-labelledby="archive-import-title">
      <Title order={2} size="h4" id="archive-import-title">
        {t('archive.import.title')}
      </Title>
      <Box
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={dragging ? 'archive-drop archive-drop-active' : 'archive-drop'}
        p="md"
        role="group"
        aria-label={t('archive.import.dropLabel')}
      >
        <Group gap="sm">
          <Button onClick={() => filesRef.current?.click()} disabled={run?.running}>
            {t('archive.import.files')}
          </Button>
          <Button variant="default" onClick={() => folderRef.current?.click()} disabled={run?.running}>
            {t('archive.import.folder')}
          </Button>
          <Text size="sm">{t('archive.import.drop')}</Text>
        </Group>
        <VisuallyHidden>
          <input
            ref={filesRef}
            type="file"
            multiple
            tabIndex={-1}
            aria-label={t('archive.import.files')}
            data-testid="archive-file-input"
            onChange={(e) => {
              const picked = fromFileList(e.currentTarget.files);
              e.currentTarget.value = '';
              void start(picked);
            }}
          />
          <input
            ref={(el) => {
              folderRef.current = el;
              // React does not know these attributes; the folder picker needs them.
              el?.setAttribute('webkitdirectory', '');
              el?.setAttribute('directory', '');
            }}
            type="file"
            multiple
            tabIndex={-1}
            aria-label={t('archive.import.folder')}
            onChange={(e) => {
              const picked = fromFileList(e.currentTarget.files);
              e.currentTarget.value = '';
              void start(picked);
            }}
          />
        </VisuallyHidden>
      </Box>
      {run && (
        <Stack gap="xs">
          <Group gap="sm" align="center">
            <Progress value={run.total ? (run.done / run.total) * 100 : 0} aria-label={t('archive.import.progressLabel')} style={{ flex: 1 }} />
            {run.running && (
              <Button variant="default" color="red" size="xs" onClick={() => (cancelRef.current = true)}>
                {t('archive.import.cancel')}
              </Button>
            )}
          </Group>
          <Text size="sm" role="status" aria-live="polite">
            {run.running
              ? t('archive.import.progress', { done: run.done, total: run.total })
              : run.cancelled
                ? t('archive.import.cancelled', { done: run.done, total: run.total })
                : t('archive.import.done', { total: run.done, ...counts })}
          </Text>
          {run.running && run.items.length > 0 && (
            <VerdictTable
              onOpen={onOpen}
              lines={run.items.map((item, i) => ({
                key: `${item.relativePath}-${i}`,
                path: item.relativePath,
                verdict: item.verdict,
                openId: item.documentId !== null && item.verdict !== 'rejected' ? item.documentId : null,
                reason: <ReasonText item={item} />,
              }))}
            />
          )}
        </Stack>
      )}
    </Stack>
  );
}
