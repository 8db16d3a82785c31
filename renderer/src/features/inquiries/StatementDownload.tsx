// The approved answer as a written press statement on the letterhead (inquiries:exportStatement):
// PDF to send to the journalist, DOCX to edit. Only on the record and after approval: the core
// refuses otherwise, and the buttons are not offered then.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { InquiryDetail } from '../../../../shared/ipc/channels/inquiries';
import { useApi } from '../../api';
import { downloadFile } from '../../lib/files';
import { FeedbackView, useFeedback } from '../../lib/feedback';

export function canExportStatement(detail: Pick<InquiryDetail, 'status' | 'recordMode'>): boolean {
  return (detail.status === 'dijawab' || detail.status === 'selesai') && detail.recordMode === 'on_record';
}

export function StatementDownload({ detail }: { detail: InquiryDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const feedback = useFeedback();
  const exportStatement = useMutation({ mutationFn: (format: 'pdf' | 'docx') => api.invoke('inquiries:exportStatement', { id: detail.id, format }) });
  const download = (format: 'pdf' | 'docx') => {
    feedback.reset();
    exportStatement.mutate(format, {
      onSuccess: (file) => {
        downloadFile({ filename: file.fileName, mime: file.mimeType, base64: file.dataBase64 });
        feedback.succeed(t('media.statement.done', { file: file.fileName }));
      },
      onError: feedback.onError,
    });
  };
  return (
    <Stack gap={4} component="section" aria-label={t('media.statement.title')}>
      <Text size="sm" fw={600}>
        {t('media.statement.title')}
      </Text>
      <Group gap="xs">
        <Button size="xs" onClick={() => download('pdf')} loading={exportStatement.isPending && exportStatement.variables === 'pdf'}>
          {t('media.statement.pdf')}
        </Button>
        <Button size="xs" variant="default" onClick={() => download('docx')} loading={exportStatement.isPending && exportStatement.variables === 'docx'}>
          {t('media.statement.docx')}
        </Button>
      </Group>
      <FeedbackView message={feedback.message} failure={feedback.failure} />
    </Stack>
  );
}
