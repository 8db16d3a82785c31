// A request's cost as the answer or the close form records it (Perki 1/2010 Ps 27-28): quantities
// of tariff items priced with the tariff in force (the lines are frozen on the request), or an
// amount entered by the officer; nothing given keeps what was recorded before.
import { costLines, costTotal } from '../../../shared/domain/costs';
import type { Db } from '../db/connection';
import { invalidField } from '../errors';
import type { RequestPatch, RequestRow } from '../requests/repo';
import { getTariff } from './tariff';

export interface CostInput {
  costRp?: number | undefined;
  costItems?: Array<{ tariffId: number; quantity: number }> | undefined;
  paymentMethod: string;
}

export function costPatch(db: Db, row: RequestRow, input: CostInput): RequestPatch {
  const patch: RequestPatch = { payment_method: input.paymentMethod !== '' ? input.paymentMethod : row.payment_method };
  if (input.costItems && input.costItems.some((i) => i.quantity > 0)) {
    const lines = costLines(getTariff(db), input.costItems);
    if (typeof lines === 'string') throw invalidField('costItems', lines);
    Object.assign(patch, { cost_items: JSON.stringify(lines), cost_rp: costTotal(lines) });
  } else if (input.costRp !== undefined) {
    Object.assign(patch, { cost_items: '[]', cost_rp: input.costRp });
  }
  return patch;
}
