// The confirmation before a document is withdrawn: what goes (search, DIP, request records, the
// file unless something else uses it), that it is audited and final, and the required reason.
import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, List, Modal, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentDetail } from '../../../../shared/ipc/channels/archive';
import { isApiError, isUnreachable } from '../../api';
import { useWithdrawDocument } from '../../lib/archive';

interface Props {
  doc: DocumentDetail | null;
  onClose: () => void;
  onWithdrawn: (title: string) => void;
}

export function WithdrawDialog({ doc, onClose, onWithdrawn }: Props) {
  const { t } = useTranslation();
  const withdraw = useWithdrawDocument();
  const [reason, setReason] = useState('');
  const error = withdraw.error;
  const fieldError = error && isApiError(error) ? error.issues?.find((i) => i.path === 'reason')?.message : undefined;
  const close = () => {
    if (withdraw.isPending) return;
    withdraw.reset();
    setReason('');
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!doc) return;
    withdraw.mutate(
      { id: doc.id, reason },
      {
        onSuccess: (result) => {
          setReason('');
          withdraw.reset();
          onWithdrawn(result.title);
        },
      },
    );
  };

  // Composed without Modal.Header: Mantine renders that as a <header>, a second "banner" for axe.
  return (
    <Modal.Root opened={doc !== null} onClose={close} centered size="lg">
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Body pt="md">
          <form onSubmit={submit} noValidate>
            <Modal.Title fw={700} mb="xs" className="archive-wrap">
              {t('archive.withdraw.title', { title: doc?.fields.title ?? '' })}
            </Modal.Title>
            <List size="sm" spacing={4} mb="sm">
              <List.Item>{t('archive.withdraw.gone')}</List.Item>
              <List.Item>{t('archive.withdraw.file')}</List.Item>
              <List.Item>
                <strong>{t('archive.withdraw.final')}</strong>
              </List.Item>
            </List>
            <Textarea
              label={t('archive.withdraw.reason')}
              description={t('archive.withdraw.reasonHelp')}
              required
              autosize
              minRows={2}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fieldError}
              data-autofocus
            />
            {error && !fieldError && (
              <Alert color="red" variant="outline" mt="sm" role="alert">
                {t('archive.withdraw.failed', { message: isUnreachable(error) ? t('errors.unreachable') : error.message })}
              </Alert>
            )}
            <Group justify="flex-end" mt="lg">
              <Button variant="default" onClick={close} disabled={withdraw.isPending}>
                {t('archive.withdraw.cancel')}
              </Button>
              <Button type="submit" color="red" loading={withdraw.isPending}>
                {t('archive.withdraw.confirm')}
              </Button>
            </Group>
          </form>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
