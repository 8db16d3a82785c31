// The receipt (tanda bukti, UU KIP Ps 22(4); Perki 1/2021) on the success card: issued on the spot
// by "Simpan & cetak tanda bukti", or from here; previewed with Cetak. A failure (e.g. an incomplete
// office profile) says why and links to the page that fixes it; the request itself is saved.
import { useEffect, useRef, useState } from 'react';
import { Alert, Anchor, Button, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LetterView } from '../../../../shared/ipc/channels/letters';
import { isUnreachable } from '../../api';
import { useIssueLetter } from '../../lib/letters/api';
import { LetterPreview } from '../../lib/letters/LetterPreview';

export function IntakeReceipt({ requestId, issueNow }: { requestId: number; issueNow: boolean }) {
  const { t } = useTranslation();
  const issue = useIssueLetter();
  const [letter, setLetter] = useState<LetterView | null>(null);
  const [error, setError] = useState<{ message: string; profile: boolean } | null>(null);
  const started = useRef(false);
  const run = () => {
    setError(null);
    issue.mutate(
      { caseKind: 'request', caseId: requestId, type: 'tanda-bukti' },
      {
        onSuccess: setLetter,
        onError: (e) => setError({ message: isUnreachable(e) ? t('errors.unreachable') : e.message, profile: /profil|Pengaturan/i.test(e.message) }),
      },
    );
  };
  useEffect(() => {
    if (issueNow && !started.current) {
      started.current = true;
      run();
    }
  }, [issueNow]);

  if (letter) return <LetterPreview letter={letter} onClose={() => setLetter(null)} autoFocusPrint />;
  return (
    <>
      {issue.isPending ? (
        <Text size="sm">{t('walkin.issuing')}</Text>
      ) : (
        <Button variant="light" onClick={run} style={{ alignSelf: 'flex-start' }}>
          {t('walkin.issueReceipt')}
        </Button>
      )}
      {error && (
        <Alert color="red" variant="outline" role="alert">
          <Text size="sm">{t('walkin.receiptFailed', { message: error.message })}</Text>
          {error.profile && (
            <Anchor component={Link} to="/settings" size="sm">
              {t('walkin.fixProfile')}
            </Anchor>
          )}
        </Alert>
      )}
    </>
  );
}
