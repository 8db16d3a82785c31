import { useState } from 'react';
import DOMPurify from 'dompurify';
import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DocumentDetail } from '../../../../shared/ipc/channels/archive';
import { isUnreachable, useApi } from '../../api';
import { downloadFile } from '../../lib/files';
import { useArchiveDocument } from '../../lib/archive';
import { DipForm } from './DipForm';
import { DocumentLetters } from './DocumentLetters';
import { WithdrawDialog } from './WithdrawDialog';
import { coreMessageIn } from '../../i18n/coreMessages';

const kb = (n: number) => (n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

/** The preview was sanitised at import; it is sanitised again here (defence in depth): no scripts, no handlers, no remote images. */
export function safePreview(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|data:image\/(?:png|jpeg|gif);base64,)/i,
    FORBID_TAGS: ['style', 'form', 'input', 'iframe', 'object', 'embed', 'svg', 'math'],
    FORBID_ATTR: ['style'],
  });
}

function Preview({ detail }: { detail: DocumentDetail }) {
  const { t } = useTranslation();
  if (detail.encrypted) return <Alert color="gray">{t('archive.detail.encrypted')}</Alert>;
  // The preview scrolls: it takes keyboard focus (Tab, then arrows / Page Down) and is a named
  // region, so a keyboard or screen-reader user can read all of it (axe: scrollable-region-focusable).
  const scroller = { tabIndex: 0, role: 'region', 'aria-label': t('archive.detail.previewLabel') } as const;
  if (detail.previewHtml) {
    // Sanitised twice: sanitize-html at import, DOMPurify here.
    return <div {...scroller} className="archive-preview" lang="id" dangerouslySetInnerHTML={{ __html: safePreview(detail.previewHtml) }} />;
  }
  if (detail.textExcerpt) {
    return (
      <div {...scroller} className="archive-preview archive-text">
        {detail.textExcerpt}
      </div>
    );
  }
  return <Text size="sm">{t('archive.detail.noPreview')}</Text>;
}

export function DocumentPane({ id, onClose, onWithdrawn }: { id: number; onClose: () => void; onWithdrawn: (title: string) => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const doc = useArchiveDocument(id);
  const [withdrawing, setWithdrawing] = useState(false);
  const download = useMutation({
    mutationFn: () => api.invoke('archive:download', { id }),
    onSuccess: (file) => downloadFile({ filename: file.fileName, mime: file.mimeType, base64: file.dataBase64 }),
  });
  if (!doc.data) return <Text>{doc.isError ? doc.error.message : t('app.loading')}</Text>;
  const d = doc.data;
  return (
    <Stack gap="sm" component="section" aria-labelledby="archive-doc-title">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Title order={2} size="h4" id="archive-doc-title" className="archive-wrap" style={{ flex: 1, minWidth: 0 }}>
          {d.fields.title}
        </Title>
        <Button variant="default" size="xs" onClick={onClose}>
          {t('archive.detail.close')}
        </Button>
      </Group>
      <Text size="sm" className="archive-wrap">
        {t('archive.detail.file', { name: d.fileName, type: t(`archive.fileTypes.${d.fileType}`), size: kb(d.size) })}
        {d.pageCount ? ` · ${t('archive.detail.pages', { count: d.pageCount })}` : ''}
      </Text>
      <Group gap="xs">
        <Button size="xs" variant="default" loading={download.isPending} onClick={() => download.mutate()}>
          {t('archive.detail.download')}
        </Button>
        <Button size="xs" variant="default" color="red" onClick={() => setWithdrawing(true)}>
          {t('archive.detail.withdraw')}
        </Button>
      </Group>
      <div role="status" aria-live="polite">
        {download.isSuccess && <Text size="sm">{t('archive.detail.downloaded', { file: download.data.fileName })}</Text>}
      </div>
      {download.isError && (
        <Alert color="red" variant="outline" role="alert">
          {t('archive.detail.downloadFailed', { message: isUnreachable(download.error) ? t('errors.unreachable') : download.error.message })}
        </Alert>
      )}
      {d.importNotes.length > 0 && (
        <div>
          <Text size="sm" fw={600}>
            {t('archive.detail.notes')}
          </Text>
          <List size="sm">
            {d.importNotes.map((n) => (
              <List.Item key={n}>{coreMessageIn(i18n.language, n)}</List.Item>
            ))}
          </List>
        </div>
      )}
      <DipForm key={d.id} detail={d} />
      <DocumentLetters documentId={d.id} />
      <Title order={3} size="h5">
        {t('archive.detail.preview')}
      </Title>
      <Preview detail={d} />
      <WithdrawDialog
        doc={withdrawing ? d : null}
        onClose={() => setWithdrawing(false)}
        onWithdrawn={(title) => {
          setWithdrawing(false);
          onWithdrawn(title);
        }}
      />
    </Stack>
  );
}
