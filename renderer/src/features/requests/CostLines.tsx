// The cost lines a request was charged (Perki 1/2010 Ps 27-28: quantity × the tariff price, frozen
// on the request when charged), shown in the case pane as the written notice prints them: item,
// quantity, unit price, subtotal, and the total.
import { Table, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../shared/ipc/channels/requests';
import { rupiah } from '../../lib/tariff';

export function CostLines({ lines, total }: { lines: RequestDetail['costItems']; total: number }) {
  const { t } = useTranslation();
  const amount = { whiteSpace: 'nowrap' } as const;
  const captionId = useId();
  return (
    <div>
      <Text size="sm" fw={500} c="gray.8" mb={4} id={captionId}>
        {t('closing.costLines.caption')}
      </Text>
      <Table fz="sm" verticalSpacing={2} horizontalSpacing={6} withTableBorder withColumnBorders aria-labelledby={captionId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('closing.costLines.item')}</Table.Th>
            <Table.Th ta="right">{t('closing.costLines.quantity')}</Table.Th>
            <Table.Th ta="right">{t('closing.costLines.price')}</Table.Th>
            <Table.Th ta="right">{t('closing.costLines.subtotal')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line, i) => (
            <Table.Tr key={`${line.tariffId ?? 'x'}-${i}`}>
              <Table.Td>{line.label}</Table.Td>
              <Table.Td ta="right" style={amount}>{`${line.quantity.toLocaleString('id-ID')} ${line.unit}`}</Table.Td>
              <Table.Td ta="right" style={amount}>{rupiah(line.priceRp)}</Table.Td>
              <Table.Td ta="right" style={amount}>{rupiah(line.subtotalRp)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={3}>{t('closing.costLines.total')}</Table.Th>
            <Table.Th ta="right" style={amount}>{rupiah(total)}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </div>
  );
}
