import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/ipc/contract';
import { isErasedIdNumber } from '../../../../shared/domain/requests/nik';
import type { RequestDetail } from '../../../../shared/ipc/channels/requests';
import { isApiError, isUnreachable } from '../../api';
import { useRevealNik } from './api';

/**
 * Masked by default (UU 27/2022 PDP). "Show" asks why first: the backend refuses a reveal without a
 * reason and writes the reason to the audit log and the timeline.
 */
export function NikField({ detail }: { detail: RequestDetail }) {
  const { t } = useTranslation();
  const reveal = useRevealNik();
  const [shown, setShown] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setShown(null);
    setAsking(false);
    setReason('');
    setError(null);
  }, [detail.id]);
  useEffect(() => {
    if (asking) input.current?.focus();
  }, [asking]);
  const isNik = detail.requester.idType === 'nik';
  const erased = isErasedIdNumber(detail.requester.idNumberMasked);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = contract['requests:revealNik'].input.safeParse({ id: detail.id, reason });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? null);
      return;
    }
    setError(null);
    reveal.mutate(parsed.data, {
      onSuccess: (r) => {
        setShown(r.idNumber);
        setAsking(false);
        setReason('');
      },
      onError: (e) => setError(t('cases.actions.failed', { message: isUnreachable(e) ? t('errors.unreachable') : isApiError(e) ? e.message : String(e) })),
    });
  };

  return (
    <div>
      <Group gap={6} wrap="wrap">
        <Text ff="monospace" size="sm" data-testid="id-number" style={{ whiteSpace: 'nowrap' }}>
          {shown ?? detail.requester.idNumberMasked}
        </Text>
        {erased ? null : shown ? (
          <Button size="compact-xs" variant="subtle" onClick={() => setShown(null)}>
            {t('cases.detail.hide')}
          </Button>
        ) : (
          !asking && (
            <Button size="compact-xs" variant="light" onClick={() => setAsking(true)}>
              {isNik ? t('cases.detail.reveal') : t('cases.detail.revealIdNumber')}
            </Button>
          )
        )}
      </Group>
      {asking && !erased && (
        <form onSubmit={submit} noValidate aria-label={isNik ? t('cases.detail.reveal') : t('cases.detail.revealIdNumber')} onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}>
          <Stack gap={6} mt={6}>
            <TextInput
              ref={input}
              size="xs"
              label={t('pdp.reveal.reasonLabel')}
              description={t('pdp.reveal.reasonHint')}
              value={reason}
              error={error}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <Group gap={6}>
              <Button type="submit" size="compact-xs" loading={reveal.isPending}>
                {t('pdp.reveal.submit')}
              </Button>
              <Button size="compact-xs" variant="default" onClick={() => setAsking(false)}>
                {t('pdp.reveal.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <Text size="xs" c="gray.7">
        {erased ? t('pdp.reveal.erased') : t('cases.detail.revealNote')}
      </Text>
    </div>
  );
}
