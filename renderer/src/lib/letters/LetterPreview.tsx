// One issued letter: the stored PDF shown in the app, and downloads of exactly the stored files.
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { LetterView } from '../../../../shared/ipc/channels/letters';
import { useApi } from '../../api';
import { base64ToBlob, downloadFile } from '../files';

/** `autoFocusPrint`: the walk-in path lands on Cetak, so Enter prints. */
export function LetterPreview({ letter, onClose, autoFocusPrint = false }: { letter: LetterView; onClose: () => void; autoFocusPrint?: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const pdf = useQuery({
    queryKey: ['letters', 'file', letter.id, 'pdf'],
    queryFn: () => api.invoke('letters:file', { id: letter.id, format: 'pdf' }),
    staleTime: Infinity, // an issued letter's files never change
  });
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const printButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (autoFocusPrint && url) printButton.current?.focus();
  }, [autoFocusPrint, url]);
  useEffect(() => {
    if (!pdf.data) return;
    const next = URL.createObjectURL(base64ToBlob(pdf.data.base64, pdf.data.mime));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [pdf.data]);

  const download = async (format: 'pdf' | 'docx') => {
    setError(null);
    try {
      downloadFile(format === 'pdf' && pdf.data ? pdf.data : await api.invoke('letters:file', { id: letter.id, format }));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const title = t('letters.previewTitle', { label: letter.label, number: letter.number });
  return (
    <Stack gap="xs" data-testid="letter-preview">
      <Text size="sm" fw={700}>
        {title}
      </Text>
      <Text size="xs">{t('letters.issuedOn', { date: formatTanggal(letter.issuedDate), version: letter.version, by: letter.issuedBy })}</Text>
      <Group gap="xs">
        <Button size="xs" ref={printButton} disabled={!url} onClick={() => frame.current?.contentWindow?.print()}>
          {t('walkin.print')}
        </Button>
        <Button size="xs" variant="default" onClick={() => void download('pdf')}>
          {t('letters.downloadPdf')}
        </Button>
        <Button size="xs" variant="default" onClick={() => void download('docx')}>
          {t('letters.downloadDocx')}
        </Button>
        <Button size="xs" variant="subtle" onClick={onClose}>
          {t('letters.closePreview')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" variant="outline" role="alert">
          {error}
        </Alert>
      )}
      {pdf.isError && (
        <Alert color="red" variant="outline" role="alert">
          {t('letters.fileFailed', { message: pdf.error.message })}
        </Alert>
      )}
      {url ? (
        <iframe ref={frame} title={title} src={url} className="letter-preview-frame" style={{ width: '100%', height: 480, border: '1px solid var(--mantine-color-gray-5)' }} />
      ) : (
        !pdf.isError && <Text size="sm">{t('app.loading')}</Text>
      )}
    </Stack>
  );
}
