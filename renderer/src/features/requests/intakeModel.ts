// The intake form's values, defaults, field ids and the mapping of errors (client and server).
import type { AccessibilityNeed } from '../../../../shared/domain/requests/accessibility';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { RequestCreateInput } from '../../../../shared/ipc/channels/requests';
import type { FieldIssue } from '../../../../shared/ipc/result';
import type { AccessMethod, DeliveryMethod, IdType, RequestChannel } from '../../../../shared/domain/requests/fields';
import { instantMs, localInputToInstant, nowLocalInput } from '../../lib/officeTime';
import type { SummaryItem } from '../../shell/ErrorSummary';

export type { SummaryItem };

export interface IntakeValues {
  /** Office-local 'YYYY-MM-DDTHH:mm' (DateTimeField), or the text as typed when it is not a date. */
  receivedAt: string;
  channel: RequestChannel;
  requester: {
    name: string;
    idType: IdType;
    idNumber: string;
    address: string;
    phone: string;
    email: string;
    occupation: string;
    proxyName: string;
  };
  information: string;
  purpose: string;
  accessMethod: AccessMethod[];
  deliveryMethod: DeliveryMethod;
  unit: string;
  officer: string;
  accessibilityNeeds: AccessibilityNeed[];
  accessibilityNote: string;
  accessibleFormat: boolean;
}

export type ParsedIntake = z.output<typeof RequestCreateInput>;

/** Sensible defaults for a walk-in request: received now, in person, KTP, a digital copy. */
export function intakeDefaults(zone: string, nowMs?: number): IntakeValues {
  return {
    receivedAt: nowLocalInput(zone, nowMs),
    channel: 'langsung',
    requester: { name: '', idType: 'nik', idNumber: '', address: '', phone: '', email: '', occupation: '', proxyName: '' },
    information: '',
    purpose: '',
    accessMethod: ['salinan_softcopy'],
    deliveryMethod: 'ambil_langsung',
    unit: '',
    officer: '',
    accessibilityNeeds: [],
    accessibilityNote: '',
    accessibleFormat: false,
  };
}

/** Screen order: the order of the error summary. */
export const INTAKE_PATHS = [
  'channel',
  'receivedAt',
  'requester.name',
  'requester.idType',
  'requester.idNumber',
  'requester.address',
  'requester.phone',
  'requester.email',
  'requester.occupation',
  'requester.proxyName',
  'information',
  'purpose',
  'accessMethod',
  'deliveryMethod',
  'unit',
  'officer',
  'accessibilityNeeds',
  'accessibilityNote',
] as const;
export type IntakePath = (typeof INTAKE_PATHS)[number];

export function intakeFieldId(path: string): string {
  return `intake-${path.replace(/\./g, '-')}`;
}

/** 'accessMethod.0' → 'accessMethod'; unknown paths → null (shown in the summary only). */
export function toIntakePath(path: string): IntakePath | null {
  const match = INTAKE_PATHS.find((p) => path === p || path.startsWith(`${p}.`));
  return match ?? null;
}

export interface IntakeContext {
  zone: string;
  /** The app clock (epoch ms): a receipt after the core's now is refused there too. */
  now: () => number;
  messages: { badDate: string; futureDate: string };
}

const schemaResolver = zodResolver(RequestCreateInput);

/**
 * The shared schema decides (its Indonesian messages are the ones shown); the form adds only what
 * it alone knows: the local date-time text must be one, and it may not be in the future.
 */
export const intakeResolver: Resolver<IntakeValues, IntakeContext, ParsedIntake> = async (values, context, options) => {
  const zone = context?.zone ?? 'Asia/Makassar';
  const instant = localInputToInstant(values.receivedAt, zone);
  const input = { ...values, receivedAt: instant ?? values.receivedAt };
  const result = await (schemaResolver as unknown as Resolver<Record<string, unknown>, unknown, ParsedIntake>)(input, context, options as never);
  let dateProblem: string | null = null;
  if (instant === null) dateProblem = context?.messages.badDate ?? 'Waktu diterima wajib diisi.';
  else if (instantMs(instant) > (context?.now ?? Date.now)()) dateProblem = context?.messages.futureDate ?? 'Waktu diterima tidak boleh di masa depan.';
  if (dateProblem === null) return result as never;
  const errors = { ...(result.errors as object), receivedAt: { type: 'custom', message: dateProblem } };
  return { values: {}, errors } as never;
};


export function messageAt(errors: FieldErrors<IntakeValues>, path: string): string | undefined {
  let node: unknown = errors;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  const n = node as { message?: unknown; root?: { message?: unknown } } | undefined;
  const message = n?.message ?? n?.root?.message;
  return typeof message === 'string' ? message : undefined;
}

export function summarize(errors: FieldErrors<IntakeValues>): SummaryItem[] {
  const items: SummaryItem[] = [];
  for (const path of INTAKE_PATHS) {
    const message = messageAt(errors, path);
    if (message) items.push({ path, message });
  }
  const general = errors.root?.server?.message;
  if (general) items.push({ path: '', message: general });
  return items;
}

export function partitionIssues(issues: FieldIssue[]): { fields: [IntakePath, string][]; general: string[] } {
  const fields: [IntakePath, string][] = [];
  const general: string[] = [];
  for (const issue of issues) {
    const path = toIntakePath(issue.path);
    if (path) fields.push([path, issue.message]);
    else general.push(issue.message);
  }
  return { fields, general };
}
