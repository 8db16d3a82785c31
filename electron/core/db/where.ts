// A WHERE clause from optional filters, for list queries built at run time: each filter that is
// set adds its condition and its parameters, in order; none set gives no clause at all.

/** [condition, ...the values of its `?`]; a falsy entry is a filter left empty. */
export type Filter = readonly [condition: string, ...values: unknown[]] | false | null | undefined | '' | 0;

export function whereOf(filters: readonly Filter[]): { sql: string; params: unknown[] } {
  const set = filters.filter((f): f is readonly [string, ...unknown[]] => Boolean(f));
  return { sql: set.length ? `WHERE ${set.map(([c]) => c).join(' AND ')}` : '', params: set.flatMap(([, ...values]) => values) };
}
