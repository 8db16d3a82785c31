// Pengaturan › Maklumat pelayanan: the maklumat pelayanan informasi publik (Perki 1/2021 Ps 47-48)
// made from the office profile above, the tariff below and the legal clocks — an A3 poster for
// the service desk or an A4 handout, as PDF or DOCX. Nothing is stored: it is made afresh from
// the settings in force each time, so a changed tariff or PPID shows in the next download.
import { useState } from 'react';
import { Button, Fieldset, Group, Progress, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api';
import { downloadFile } from '../../../lib/files';
import { FeedbackView, useFeedback } from '../../../lib/feedback';

export const MAKLUMAT_SECTION_ID = 'maklumat';

type Size = 'a4' | 'a3';
type Format = 'pdf' | 'docx';

export function MaklumatSection() {
  const { t } = useTranslation();
  const api = useApi();
  const feedback = useFeedback();
  const [size, setSize] = useState<Size>('a3');
  const [format, setFormat] = useState<Format>('pdf');
  const make = useMutation({
    mutationFn: (input: { size: Size; format: Format }) => api.invoke('settings:maklumat', input),
    onSuccess: (file) => {
      downloadFile({ filename: file.fileName, mime: file.mimeType, base64: file.dataBase64 });
      feedback.succeed(t('maklumat.done', { file: file.fileName }));
    },
    onError: feedback.onError,
  });
  return (
    <Fieldset legend={t('maklumat.title')} id={MAKLUMAT_SECTION_ID} tabIndex={-1}>
      <Stack gap="sm">
        <Text size="sm">{t('maklumat.intro')}</Text>
        <Group gap="lg" align="flex-end" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="maklumat-size-label">
              {t('maklumat.size')}
            </Text>
            <SegmentedControl
              aria-labelledby="maklumat-size-label"
              value={size}
              onChange={(v) => setSize(v as Size)}
              data={[
                { value: 'a3', label: t('maklumat.sizes.a3') },
                { value: 'a4', label: t('maklumat.sizes.a4') },
              ]}
            />
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="maklumat-format-label">
              {t('maklumat.format')}
            </Text>
            <SegmentedControl
              aria-labelledby="maklumat-format-label"
              value={format}
              onChange={(v) => setFormat(v as Format)}
              data={[
                { value: 'pdf', label: 'PDF' },
                { value: 'docx', label: 'DOCX' },
              ]}
            />
          </Stack>
          <Button
            loading={make.isPending}
            onClick={() => {
              feedback.reset();
              make.mutate({ size, format });
            }}
          >
            {t('maklumat.download')}
          </Button>
        </Group>
        {make.isPending && (
          <Stack gap={4} role="status" aria-live="polite">
            <Text size="sm">{t('maklumat.working', { size: size.toUpperCase(), format: format.toUpperCase() })}</Text>
            <Progress value={100} animated striped aria-label={t('maklumat.working', { size: size.toUpperCase(), format: format.toUpperCase() })} />
          </Stack>
        )}
        <FeedbackView message={feedback.message} failure={feedback.failure} />
      </Stack>
    </Fieldset>
  );
}
