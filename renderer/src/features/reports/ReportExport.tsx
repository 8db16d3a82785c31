// Laporan › the full report of the period as PDF, DOCX, XLSX or JSON (reports:export), downloaded
// like the registers are. Rendering a year can take a few seconds: the button spins and a
// line says what is being made; a refusal is shown in the officer's language.
import { useState } from 'react';
import { Alert, Button, Fieldset, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REPORT_FORMATS } from '../../../../shared/ipc/channels/reports';
import { isUnreachable } from '../../api';
import { FixLink } from '../../forms/FixLink';
import { downloadFile } from '../../lib/files';
import { useExportReport } from './api';

type Format = (typeof REPORT_FORMATS)[number];

export function ReportExport({ period }: { period: { key: string; label: string } }) {
  const { t } = useTranslation();
  const run = useExportReport();
  const [format, setFormat] = useState<Format | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const name = (f: Format) => t(`reports.export.formats.${f}`);

  const start = (next: Format) => {
    setFormat(next);
    setNotice(null);
    setFailure(null);
    run.mutate(
      { period: period.key, format: next },
      {
        onSuccess: (file) => {
          downloadFile(file);
          setNotice(t('reports.export.done', { filename: file.filename }));
        },
        onError: (error) => {
          const message = isUnreachable(error) ? t('errors.unreachable') : error.message;
          setFailure(t('reports.export.failed', { format: name(next), message }));
        },
      },
    );
  };

  return (
    <Fieldset legend={t('reports.export.title')} p="sm">
      <Stack gap="sm">
        <Text size="sm">{t('reports.export.intro', { label: period.label })}</Text>
        <Group gap="sm">
          {REPORT_FORMATS.map((f) => (
            <Button
              key={f}
              variant={f === 'pdf' ? 'filled' : 'default'}
              onClick={() => start(f)}
              loading={run.isPending && format === f}
              disabled={run.isPending && format !== f}
            >
              {t('reports.export.button', { format: name(f) })}
            </Button>
          ))}
        </Group>
        <div role="status" aria-live="polite">
          {run.isPending && format && (
            <Group gap="xs">
              <Loader size="xs" type="dots" aria-hidden="true" />
              <Text size="sm">{t('reports.export.running', { format: name(format), label: period.label })}</Text>
            </Group>
          )}
          {notice && <Text size="sm">{notice}</Text>}
        </div>
        {failure && (
          <Alert color="red" variant="outline" role="alert">
            {failure}
            <FixLink message={failure} />
          </Alert>
        )}
      </Stack>
    </Fieldset>
  );
}
