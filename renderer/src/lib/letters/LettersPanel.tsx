// "Buat surat" in a request's or objection's pane: the letters that fit the case's state (the
// others disabled, with the step that is missing), issuing with a preview of the PDF, and the
// letters issued before, each reopened from its stored file.
import { useState } from 'react';
import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { CaseKind, LetterType } from '../../../../shared/domain/letters';
import type { LetterDetailsInput, LetterOption, LetterView } from '../../../../shared/ipc/channels/letters';
import { isUnreachable } from '../../api';
import { useIssueLetter, useLetterOptions, useLetters } from './api';
import { IssueForm } from './IssueForm';
import { LetterPreview } from './LetterPreview';
import { FixLink } from '../../forms/FixLink';
import { coreMessageIn } from '../../i18n/coreMessages';

// Letter names are long ("Keputusan PPID tentang Penolakan …") and the pane is narrow: wrap, never cut.
const WRAP = { root: { height: 'auto', minHeight: 30, paddingBlock: 4 }, label: { whiteSpace: 'normal' as const, textAlign: 'left' as const, lineHeight: 1.3 } };

export function LettersPanel({ caseKind, caseId }: { caseKind: CaseKind; caseId: number }) {
  const { t, i18n } = useTranslation();
  const options = useLetterOptions(caseKind, caseId);
  const letters = useLetters(caseKind, caseId);
  const issue = useIssueLetter();
  const [open, setOpen] = useState<LetterView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filling, setFilling] = useState<LetterOption | null>(null);
  // A new version gets a new number and supersedes the old one: asked first.
  const [confirming, setConfirming] = useState<LetterOption | null>(null);

  const run = (type: LetterType, newVersion = false, details?: LetterDetailsInput) => {
    setError(null);
    issue.mutate(
      { caseKind, caseId, type, newVersion, ...(details ? { details } : {}) },
      {
        onSuccess: (letter) => {
          setFilling(null);
          setOpen(letter);
        },
        onError: (e) => setError(isUnreachable(e) ? t('errors.unreachable') : e.message),
      },
    );
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby={`letters-${caseKind}-${caseId}`}>
      <Title order={3} size="h5" id={`letters-${caseKind}-${caseId}`}>
        {t('letters.title')}
      </Title>
      {options.isError && <Text size="sm" c="red.9">{t('letters.loadFailed', { message: options.error.message })}</Text>}
      {options.data && (
        <Stack gap={6}>
          {options.data.map((option) => {
            const reasonId = `letter-reason-${caseKind}-${caseId}-${option.type}`;
            return (
              <div key={option.type}>
                <Group gap="xs" wrap="wrap">
                  {option.issued ? (
                    <>
                      <Button size="xs" variant="light" styles={WRAP} onClick={() => setOpen(option.issued)}>
                        {t('letters.open', { label: option.label })}
                      </Button>
                      <Button size="xs" variant="subtle" loading={issue.isPending && issue.variables?.type === option.type} onClick={() => setConfirming(option)} disabled={!option.available}>
                        {t('letters.newVersion')}
                      </Button>
                    </>
                  ) : (
                    <Button
                      size="xs"
                      styles={WRAP}
                      onClick={() => {
                        setOpen(null);
                        setFilling(option);
                      }}
                      disabled={!option.available || issue.isPending}
                      loading={issue.isPending && issue.variables?.type === option.type}
                      aria-describedby={option.reason ? reasonId : undefined}
                    >
                      {t('letters.issue', { label: option.label })}
                    </Button>
                  )}
                </Group>
                {confirming?.type === option.type && option.issued && (
                  <Alert color="orange" variant="light" p="xs" mt={4} role="alertdialog" aria-label={t('letters.newVersion')}>
                    <Text size="sm">{t('letters.newVersionConfirm', { label: option.label, version: option.issued.version + 1, previous: option.issued.version })}</Text>
                    <Group gap="xs" mt={6}>
                      <Button
                        size="xs"
                        color="orange"
                        autoFocus
                        onClick={() => {
                          setConfirming(null);
                          run(option.type, true);
                        }}
                      >
                        {t('letters.newVersionYes')}
                      </Button>
                      <Button size="xs" variant="default" onClick={() => setConfirming(null)}>
                        {t('letters.newVersionNo')}
                      </Button>
                    </Group>
                  </Alert>
                )}
                {option.issued && (
                  <Text size="xs">{t('letters.issuedAs', { number: option.issued.number, date: formatTanggal(option.issued.issuedDate), version: option.issued.version })}</Text>
                )}
                {option.reason && (
                  <Text size="xs" c="gray.8" id={reasonId}>
                    {coreMessageIn(i18n.language, option.reason)}
                  </Text>
                )}
              </div>
            );
          })}
        </Stack>
      )}
      {filling && (
        <IssueForm
          key={filling.type}
          type={filling.type}
          label={filling.label}
          pending={issue.isPending}
          onSubmit={(details) => run(filling.type, false, details)}
          onCancel={() => setFilling(null)}
        />
      )}
      {error && (
        <Alert color="red" variant="outline" role="alert">
          {t('letters.issueFailed', { message: error })}
          <FixLink message={error} />
        </Alert>
      )}
      {open && <LetterPreview key={open.id} letter={open} onClose={() => setOpen(null)} />}
      {letters.data && letters.data.length > 0 && (
        <>
          <Title order={4} size="h6">
            {t('letters.issuedTitle')}
          </Title>
          <Table fz="xs" verticalSpacing={2} data-testid="issued-letters">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('letters.columns.letter')}</Table.Th>
                <Table.Th>{t('letters.columns.number')}</Table.Th>
                <Table.Th>{t('letters.columns.date')}</Table.Th>
                <Table.Th>{t('letters.columns.open')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {letters.data.map((letter) => (
                <Table.Tr key={letter.id}>
                  <Table.Td>
                    {letter.label}
                    {letter.supersededBy !== null && ` (${t('letters.superseded')})`}
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    {letter.number}
                    {letter.version > 1 && ` v${letter.version}`}
                  </Table.Td>
                  <Table.Td>{formatTanggal(letter.issuedDate)}</Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" onClick={() => setOpen(letter)} aria-label={t('letters.openNumber', { number: letter.number, version: letter.version })}>
                      {t('letters.columns.open')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
