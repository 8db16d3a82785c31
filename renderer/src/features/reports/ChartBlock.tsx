// A chart and, under it, the same numbers as a table: the table is what a screen reader and the
// keyboard use, and each count in it opens the cases behind it.
import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BarChart, type Bar } from './BarChart';
import { FigureButton, useDrill } from './drill';

export interface ChartRow extends Bar {
  /** The figure to drill into; none for a row with no cases behind it. */
  figure?: string;
}

interface Props {
  id: string;
  title: string;
  rows: ChartRow[];
  horizontal?: boolean;
  height?: number;
  /** Many short categories (months): the table runs across, one column each, its one row named this. */
  across?: string;
}

export function ChartBlock({ id, title, rows, horizontal = false, height = 240, across }: Props) {
  const { t } = useTranslation();
  const drill = useDrill();
  const headingId = `report-chart-${id}`;
  const pick = (index: number) => {
    const row = rows[index];
    if (row?.figure) drill({ figure: row.figure, label: `${title}: ${row.label}` });
  };
  const cell = (row: ChartRow) =>
    row.figure ? <FigureButton figure={row.figure} label={`${title}: ${row.label}`} value={row.value} /> : row.value.toLocaleString('id-ID');
  const empty = rows.length === 0 || rows.every((r) => r.value === 0);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={headingId} className="report-chart">
      <Title order={3} size="h5" id={headingId} mb={4}>
        {title}
      </Title>
      {empty ? (
        <Text size="sm" c="gray.8">
          {t('reports.charts.empty')}
        </Text>
      ) : (
        <BarChart bars={rows} horizontal={horizontal} height={height} description={t('reports.charts.aria', { title })} onPick={pick} testId={`chart-${id}`} />
      )}
      {rows.length > 0 &&
        (across ? (
          <div className="report-across">
            <Table fz="sm" verticalSpacing={2} horizontalSpacing={4} className="report-table" data-testid={`table-${id}`}>
              <caption className="report-caption">{t('reports.charts.tableOf', { title })}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('reports.charts.category')}</Table.Th>
                  {rows.map((row) => (
                    <Table.Th key={row.label} scope="col" ta="right">
                      {row.label}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th scope="row" fw={400}>
                    {across}
                  </Table.Th>
                  {rows.map((row) => (
                    <Table.Td key={row.label} ta="right">
                      {cell(row)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </div>
        ) : (
          <Table fz="sm" verticalSpacing={2} mt={4} className="report-table" data-testid={`table-${id}`}>
            <caption className="report-caption">{t('reports.charts.tableOf', { title })}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('reports.charts.category')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('reports.charts.count')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.label}>
                  <Table.Th scope="row" fw={400}>
                    {row.color && <span className="report-swatch" style={{ background: row.color }} aria-hidden="true" />}
                    {row.label}
                  </Table.Th>
                  <Table.Td ta="right">{cell(row)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
    </Paper>
  );
}
