// react-hook-form errors produced by the shared zod schemas carry their Indonesian messages; with
// the UI in English they are shown through coreMessageIn like the core's own refusals.
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';

type Localize = (message: string) => string;

function mapMessages(node: unknown, localize: Localize): unknown {
  if (Array.isArray(node)) return node.map((child) => mapMessages(child, localize));
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    // `ref` is the DOM element of the field: never walked or copied into a new object.
    if (key === 'ref') out[key] = value;
    else if (key === 'message' && typeof value === 'string') out[key] = localize(value);
    else out[key] = mapMessages(value, localize);
  }
  return out;
}

export function localizeFieldErrors<T extends FieldValues>(errors: FieldErrors<T>, localize: Localize): FieldErrors<T> {
  return mapMessages(errors, localize) as FieldErrors<T>;
}

/** The same resolver, its messages in the UI language. */
export function localizedResolver<V extends FieldValues, C, O>(resolver: Resolver<V, C, O>, localize: Localize): Resolver<V, C, O> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    if (Object.keys(result.errors).length === 0) return result;
    return { ...result, errors: localizeFieldErrors(result.errors, localize) } as typeof result;
  };
}
