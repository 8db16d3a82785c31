import { useEffect, useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../shared/ipc/channels/requests';
import { useRevealNik } from './api';

/** Masked by default (UU 27/2022 PDP); each "show" asks the backend, which audits the reveal. */
export function NikField({ detail }: { detail: RequestDetail }) {
  const { t } = useTranslation();
  const reveal = useRevealNik();
  const [shown, setShown] = useState<string | null>(null);
  useEffect(() => setShown(null), [detail.id]);
  const isNik = detail.requester.idType === 'nik';
  return (
    <div>
      <Group gap={6} wrap="wrap">
        <Text ff="monospace" size="sm" data-testid="id-number" style={{ whiteSpace: 'nowrap' }}>
          {shown ?? detail.requester.idNumberMasked}
        </Text>
        {shown ? (
          <Button size="compact-xs" variant="subtle" onClick={() => setShown(null)}>
            {t('cases.detail.hide')}
          </Button>
        ) : (
          <Button
            size="compact-xs"
            variant="light"
            loading={reveal.isPending}
            onClick={() => reveal.mutate(detail.id, { onSuccess: (r) => setShown(r.idNumber) })}
          >
            {isNik ? t('cases.detail.reveal') : t('cases.detail.revealIdNumber')}
          </Button>
        )}
      </Group>
      <Text size="xs" c="gray.7">
        {reveal.isError ? t('cases.actions.failed', { message: reveal.error.message }) : t('cases.detail.revealNote')}
      </Text>
    </div>
  );
}
