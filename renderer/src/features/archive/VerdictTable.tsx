import { Button, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportVerdict } from '../../../../shared/domain/archive/fields';

export interface VerdictLine {
  key: string;
  path: string;
  verdict: ImportVerdict;
  /** The document to open from the file name; null when there is none to open (rejected, withdrawn). */
  openId: number | null;
  reason: ReactNode;
}

// One line per file of an import, while it runs (ImportPanel) and afterwards (ImportHistory).
export function VerdictTable({ lines, onOpen }: { lines: VerdictLine[]; onOpen: (documentId: number) => void }) {
  const { t } = useTranslation();
  return (
    <Table striped withTableBorder captionSide="top" fz="sm" className="archive-report">
      <Table.Caption>{t('archive.import.report')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('archive.import.file')}</Table.Th>
          <Table.Th scope="col">{t('archive.import.verdict')}</Table.Th>
          <Table.Th scope="col">{t('archive.import.reason')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line) => (
          <Table.Tr key={line.key}>
            <Table.Td>
              {line.openId !== null ? (
                <Button variant="subtle" size="compact-sm" className="archive-wrap-button" onClick={() => onOpen(line.openId!)}>
                  {line.path}
                </Button>
              ) : (
                line.path
              )}
            </Table.Td>
            <Table.Td>{t(`archive.verdicts.${line.verdict}`)}</Table.Td>
            <Table.Td>{line.reason}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
