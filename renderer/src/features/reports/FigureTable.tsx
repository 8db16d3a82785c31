// A titled table of figures (Keberatan, Sengketa, Media, Arsip, the requests' breakdowns): a
// label and a count per row, the count a button to its cases.
import { Paper, Table, Title } from '@mantine/core';
import { FigureButton } from './drill';

export interface FigureRow {
  label: string;
  value: number;
  /** Absent: a count with no cases to list. */
  figure?: string;
  /** A sub-item (a ground under "received"), indented. */
  sub?: boolean;
}

export function FigureTable({ id, title, rows }: { id: string; title: string; rows: FigureRow[] }) {
  const headingId = `report-table-${id}`;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId} mb={4}>
        {title}
      </Title>
      <Table fz="sm" verticalSpacing={2} className="report-table" aria-labelledby={headingId} data-testid={`table-${id}`}>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.label}-${row.figure ?? ''}`}>
              <Table.Th scope="row" fw={row.sub ? 400 : 500} pl={row.sub ? 'md' : undefined}>
                {row.label}
              </Table.Th>
              <Table.Td ta="right" w={90}>
                {row.figure ? <FigureButton figure={row.figure} label={`${title}: ${row.label}`} value={row.value} /> : row.value.toLocaleString('id-ID')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
