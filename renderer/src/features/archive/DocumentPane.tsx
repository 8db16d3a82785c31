import DOMPurify from 'dompurify';
import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentDetail } from '../../../../shared/ipc/channels/archive';
import { useArchiveDocument } from './api';
import { DipForm } from './DipForm';

const kb = (n: number) => (n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

/** The preview was sanitised at import; it is sanitised again here (defence in depth): no scripts, no handlers, no remote images. */
export function safePreview(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|data:image\/(?:png|jpeg|gif);base64,)/i,
    FORBID_TAGS: ['style', 'form', 'input', 'iframe', 'object', 'embed', 'svg', 'math'],
    FORBID_ATTR: ['style'],
  });
}

/** The preview scrolls on its own: reachable with Tab and named, so keyboard users can scroll it (axe scrollable-region-focusable). */
const scrollable = (label: string) => ({ tabIndex: 0, role: 'region', 'aria-label': label });

function Preview({ detail }: { detail: DocumentDetail }) {
  const { t } = useTranslation();
  if (detail.encrypted) return <Alert color="gray">{t('archive.detail.encrypted')}</Alert>;
  if (detail.previewHtml) {
    // Sanitised twice: sanitize-html at import, DOMPurify here.
    return <div {...scrollable(t('archive.detail.preview'))} className="archive-preview" lang="id" dangerouslySetInnerHTML={{ __html: safePreview(detail.previewHtml) }} />;
  }
  if (detail.textExcerpt) {
    return (
      <div {...scrollable(t('archive.detail.preview'))} className="archive-preview archive-text">
        {detail.textExcerpt}
      </div>
    );
  }
  return <Text size="sm">{t('archive.detail.noPreview')}</Text>;
}

export function DocumentPane({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useTranslation();
  const doc = useArchiveDocument(id);
  if (!doc.data) return <Text>{doc.isError ? doc.error.message : t('app.loading')}</Text>;
  const d = doc.data;
  return (
    <Stack gap="sm" component="section" aria-labelledby="archive-doc-title">
      <Group justify="space-between" align="flex-start">
        <Title order={2} size="h4" id="archive-doc-title" style={{ overflowWrap: 'anywhere', minWidth: 0, flex: 1 }}>
          {d.fields.title}
        </Title>
        <Button variant="default" size="xs" onClick={onClose}>
          {t('archive.detail.close')}
        </Button>
      </Group>
      <Text size="sm">
        {t('archive.detail.file', { name: d.fileName, type: t(`archive.fileTypes.${d.fileType}`), size: kb(d.size) })}
        {d.pageCount ? ` · ${t('archive.detail.pages', { count: d.pageCount })}` : ''}
      </Text>
      {d.importNotes.length > 0 && (
        <div>
          <Text size="sm" fw={600}>
            {t('archive.detail.notes')}
          </Text>
          <List size="sm">
            {d.importNotes.map((n) => (
              <List.Item key={n}>{n}</List.Item>
            ))}
          </List>
        </div>
      )}
      <DipForm key={d.id} detail={d} />
      <Title order={3} size="h5">
        {t('archive.detail.preview')}
      </Title>
      <Preview detail={d} />
    </Stack>
  );
}
