import { useEffect, useRef } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { RequestDetail } from '../../../../shared/ipc/channels/requests';
import { IntakeReceipt } from './IntakeReceipt';

interface Props {
  detail: RequestDetail;
  /** Saved with "Simpan & cetak tanda bukti": issue the receipt now and preview it. */
  printReceipt: boolean;
  onOpen: () => void;
  onAnother: () => void;
}

/** The receipt's essentials, read out to the requester at the counter: number and due date. */
export function IntakeSuccess({ detail, printReceipt, onOpen, onAnother }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!printReceipt) ref.current?.focus();
  }, []);
  return (
    <Paper withBorder p="lg" maw={720} ref={ref} tabIndex={-1} role="status" aria-labelledby="intake-saved-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="intake-saved-title" c="teal.9">
          {t('cases.intake.savedTitle')}
        </Title>
        <div>
          <Text size="sm" c="gray.7">
            {t('cases.intake.savedNumber')}
          </Text>
          <Text fz={32} fw={700} ff="monospace" data-testid="registration-number">
            {detail.number}
          </Text>
        </div>
        <div>
          <Text size="sm" c="gray.7">
            {t('cases.intake.savedDue')}
          </Text>
          <Text fz={22} fw={600} data-testid="due-date">
            {formatTanggal(detail.dueDate)}
          </Text>
          <Text size="sm" c="gray.7">
            {t('cases.intake.savedDueHelp')}
          </Text>
        </div>
        <IntakeReceipt requestId={detail.id} issueNow={printReceipt} />
        <Group gap="sm" mt="xs">
          <Button onClick={onOpen}>{t('cases.intake.openInInbox')}</Button>
          <Button variant="default" onClick={onAnother}>
            {t('cases.intake.another')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
