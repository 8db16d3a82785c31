// Download buttons with progress: the core builds the file (a PDF with fonts takes a second or
// two, a distribution more), so the button is busy, a progress bar runs and a status line says
// what is being prepared; then the file is saved and the line says so.
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../lib/files';
import { FeedbackView, useFeedback } from '../../lib/feedback';

export interface FileOut {
  fileName: string;
  mimeType: string;
  dataBase64: string;
}

export interface DownloadChoice {
  key: string;
  label: string;
  primary?: boolean;
}

export function DownloadButtons<T extends FileOut>(props: {
  title: string;
  /** What is prepared, for the status line ("berkas siaran pers"). */
  what: string;
  choices: DownloadChoice[];
  fetch: (key: string) => Promise<T>;
  /** A message after the download instead of the default "Berkas … diunduh." */
  doneMessage?: (file: T) => string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const job = useMutation({ mutationFn: props.fetch });
  const run = (key: string) => {
    feedback.reset();
    job.mutate(key, {
      onSuccess: (file) => {
        downloadFile({ filename: file.fileName, mime: file.mimeType, base64: file.dataBase64 });
        feedback.succeed(props.doneMessage ? props.doneMessage(file) : t('humas.download.done', { file: file.fileName }));
      },
      onError: feedback.onError,
    });
  };
  return (
    <Stack gap={4} component="section" aria-label={props.title || props.what}>
      {props.title && (
        <Text size="sm" fw={600}>
          {props.title}
        </Text>
      )}
      <Group gap="xs">
        {props.choices.map((c) => (
          <Button
            key={c.key}
            size="xs"
            variant={c.primary ? 'filled' : 'default'}
            disabled={props.disabled || (job.isPending && job.variables !== c.key)}
            loading={job.isPending && job.variables === c.key}
            onClick={() => run(c.key)}
          >
            {c.label}
          </Button>
        ))}
      </Group>
      {job.isPending && (
        <>
          <Progress value={100} striped animated aria-label={t('humas.download.progressLabel')} size="sm" />
          <Text size="sm">{t('humas.download.preparing', { what: props.what })}</Text>
        </>
      )}
      <FeedbackView message={feedback.message} failure={feedback.failure} />
    </Stack>
  );
}
