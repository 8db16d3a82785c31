// Downloads of one clarification (PDF, DOCX, PNG card) with a progress bar while the core renders
// it, and the card preview with its alt text (the same text the PNG carries).
import { useState } from 'react';
import { Button, Group, Image, Progress, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { base64ToBlob, downloadFile } from '../../lib/files';
import { FeedbackView, useFeedback } from '../../lib/feedback';

type Format = 'pdf' | 'docx' | 'png';

export function FileButtons({ id }: { id: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const feedback = useFeedback();
  const [preview, setPreview] = useState<{ url: string; alt: string } | null>(null);
  const exporting = useMutation({ mutationFn: (v: { format: Format; save: boolean }) => api.invoke('clarifications:export', { id, format: v.format }) });
  const run = (format: Format, save: boolean) => {
    feedback.reset();
    exporting.mutate(
      { format, save },
      {
        onSuccess: (file) => {
          if (format === 'png') {
            if (preview) URL.revokeObjectURL(preview.url);
            setPreview({ url: URL.createObjectURL(base64ToBlob(file.dataBase64, file.mimeType)), alt: file.altText });
          }
          if (save) {
            downloadFile({ filename: file.fileName, mime: file.mimeType, base64: file.dataBase64 });
            feedback.succeed(t('newsroom.detail.downloaded', { file: file.fileName }));
          }
        },
        onError: feedback.onError,
      },
    );
  };
  const pending = exporting.isPending ? exporting.variables : undefined;
  return (
    <Stack gap="xs" component="section" aria-label={t('newsroom.detail.files')}>
      <Text fw={600} size="sm">
        {t('newsroom.detail.files')}
      </Text>
      <Group gap="xs">
        <Button size="xs" onClick={() => run('pdf', true)} loading={pending?.format === 'pdf'}>
          {t('newsroom.detail.pdf')}
        </Button>
        <Button size="xs" variant="default" onClick={() => run('docx', true)} loading={pending?.format === 'docx'}>
          {t('newsroom.detail.docx')}
        </Button>
        <Button size="xs" variant="default" onClick={() => run('png', true)} loading={pending?.format === 'png' && pending.save}>
          {t('newsroom.detail.png')}
        </Button>
        <Button size="xs" variant="outline" color="dark" onClick={() => run('png', false)} loading={pending?.format === 'png' && !pending.save}>
          {t('newsroom.detail.preview')}
        </Button>
      </Group>
      {pending && (
        <div>
          <Text size="xs" id={`export-progress-${id}`}>
            {t('newsroom.detail.preparing', { format: pending.format.toUpperCase() })}
          </Text>
          <Progress value={100} animated striped aria-labelledby={`export-progress-${id}`} />
        </div>
      )}
      <FeedbackView message={feedback.message} failure={feedback.failure} />
      {preview && (
        <figure style={{ margin: 0 }}>
          <Image src={preview.url} alt={preview.alt} w={360} h={360} radius="sm" style={{ border: '1px solid #ccc' }} data-testid="card-preview" />
          <Text component="figcaption" size="xs" c="gray.8" mt={4} maw={360}>
            {t('newsroom.detail.altText')}: {preview.alt}
          </Text>
        </figure>
      )}
    </Stack>
  );
}
