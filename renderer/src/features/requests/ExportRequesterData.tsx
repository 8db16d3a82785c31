// "Ekspor data pemohon" in the request pane: the requester's copy of everything the archive holds
// about them (UU 27/2022 Ps 7), found from this request's requester and their identity number.
import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS } from '../../../../shared/ipc/channels/pdp';
import type { RequestDetail } from '../../../../shared/ipc/channels/requests';
import { isErasedIdNumber } from '../../../../shared/domain/requests/nik';
import { isApiError, isUnreachable } from '../../api';
import { downloadFile } from '../../lib/files';
import { useExportSubject } from '../../lib/pdp';

type Format = (typeof EXPORT_FORMATS)[number];

export function ExportRequesterData({ detail }: { detail: RequestDetail }) {
  const { t } = useTranslation();
  const exportSubject = useExportSubject();
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<Format>('pdf');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  if (isErasedIdNumber(detail.requester.idNumberMasked)) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    exportSubject.mutate(
      { requesterId: detail.requester.id, format },
      {
        onSuccess: (file) => {
          downloadFile(file);
          setOpen(false);
          setMessage({ text: t('pdp.export.done', { requests: file.counts.requests, letters: file.counts.letters, audit: file.counts.auditEntries }), error: false });
        },
        onError: (e) =>
          setMessage({ text: t('pdp.export.failed', { message: isUnreachable(e) ? t('errors.unreachable') : isApiError(e) ? e.message : String(e) }), error: true }),
      },
    );
  };

  return (
    <Stack gap={6}>
      {open ? (
        <form onSubmit={submit} noValidate aria-label={t('pdp.export.button')} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          <Stack gap={6}>
            <Text size="sm">{t('pdp.export.hint')}</Text>
            <Group align="flex-end" gap="sm">
              <NativeSelect
                label={t('pdp.export.format')}
                value={format}
                data={EXPORT_FORMATS.map((f) => ({ value: f, label: t(`pdp.export.${f}`) }))}
                onChange={(e) => setFormat(e.currentTarget.value as Format)}
              />
              <Button type="submit" loading={exportSubject.isPending}>
                {t('pdp.export.submit')}
              </Button>
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('pdp.export.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Group>
          <Button size="xs" variant="default" onClick={() => setOpen(true)}>
            {t('pdp.export.button')}
          </Button>
        </Group>
      )}
      <div role="status" aria-live="polite">
        {message && (
          <Text size="sm" c={message.error ? 'red.9' : 'teal.9'} fw={600}>
            {message.text}
          </Text>
        )}
      </div>
    </Stack>
  );
}
