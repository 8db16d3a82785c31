// "Buat surat" in an archive document's pane: the penetapan klasifikasi and the lembar uji
// konsekuensi made from its classification (PP 61/2010 Ps 5-6; Perki 1/2021 Ps 49(2)). A letter
// the classification does not allow yet is disabled with the step that is missing; an issued one
// is downloaded from its stored file, or re-issued as a new version under the same number.
import { useState } from 'react';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { DocumentLetterType } from '../../../../shared/domain/letters';
import { isUnreachable, useApi } from '../../api';
import { coreMessageIn } from '../../i18n/coreMessages';
import { downloadFile } from '../../lib/files';
import { archiveKeys } from '../../lib/archive';

export function DocumentLetters({ documentId }: { documentId: number }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const letters = useQuery({ queryKey: [...archiveKeys.document(documentId), 'letters'], queryFn: () => api.invoke('archive:letters', { documentId }) });
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const fail = (e: Error) => setError(isUnreachable(e) ? t('errors.unreachable') : e.message);
  const issue = useMutation({
    mutationFn: (input: { type: DocumentLetterType; newVersion: boolean }) => api.invoke('archive:issueLetter', { documentId, ...input }),
    onSuccess: (letter) => {
      setDone(t('archive.letters.issued', { label: letter.label, number: letter.number }));
      // Issuing the penetapan records the decree on the document: its fields change too.
      void queryClient.invalidateQueries({ queryKey: archiveKeys.document(documentId) });
    },
    onError: fail,
  });
  const download = useMutation({
    mutationFn: (input: { id: number; format: 'pdf' | 'docx' }) => api.invoke('archive:letterFile', input),
    onSuccess: (file) => downloadFile(file),
    onError: fail,
  });
  const run = (type: DocumentLetterType, newVersion: boolean) => {
    setError(null);
    setDone(null);
    issue.mutate({ type, newVersion });
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby={`doc-letters-${documentId}`}>
      <Title order={3} size="h5" id={`doc-letters-${documentId}`}>
        {t('letters.title')}
      </Title>
      {letters.isError && <Text size="sm" c="red.9">{t('letters.loadFailed', { message: letters.error.message })}</Text>}
      {letters.data?.options.map((option) => {
        const reasonId = `doc-letter-reason-${documentId}-${option.type}`;
        const busy = issue.isPending && issue.variables?.type === option.type;
        return (
          <div key={option.type}>
            <Group gap="xs" wrap="wrap">
              {option.issued ? (
                <>
                  {(['pdf', 'docx'] as const).map((format) => (
                    <Button key={format} size="xs" variant="light" onClick={() => download.mutate({ id: option.issued!.id, format })}>
                      {t('archive.letters.download', { label: option.label, format: format.toUpperCase() })}
                    </Button>
                  ))}
                  <Button size="xs" variant="subtle" loading={busy} disabled={!option.available} onClick={() => run(option.type, true)}>
                    {t('letters.newVersion')}
                  </Button>
                </>
              ) : (
                <Button size="xs" loading={busy} disabled={!option.available || issue.isPending} aria-describedby={option.reason ? reasonId : undefined} onClick={() => run(option.type, false)}>
                  {t('letters.issue', { label: option.label })}
                </Button>
              )}
            </Group>
            {option.issued && <Text size="xs">{t('letters.issuedAs', { number: option.issued.number, date: formatTanggal(option.issued.issuedDate), version: option.issued.version })}</Text>}
            {option.reason && (
              <Text size="xs" c="gray.8" id={reasonId} className="archive-wrap">
                {coreMessageIn(i18n.language, option.reason)}
              </Text>
            )}
          </div>
        );
      })}
      <div role="status" aria-live="polite">
        {done && <Text size="sm" className="archive-wrap">{done}</Text>}
      </div>
      {error && (
        <Alert color="red" variant="outline" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
