// The office-profile form's values, field ids, and the mapping of errors (client and server) to fields.
import type { FieldErrors } from 'react-hook-form';
import type { FieldIssue } from '../../../../shared/ipc/result';
import {
  DEFAULT_CUTOFF,
  DEFAULT_TIME_ZONE,
  type OfficeProfile,
  type OfficeTimeZone,
} from '../../../../shared/domain/settings/officeProfile';
import type { SummaryItem } from '../../shell/ErrorSummary';

export type { SummaryItem };

export const MAX_INSTANSI_LINES = 4;

/** Every field present as a string: react-hook-form works on what the inputs hold. */
export interface ProfileFormValues {
  instansiLines: string[];
  unit: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  city: string;
  timeZone: OfficeTimeZone;
  cutoffTime: string;
  ppid: { name: string; nip: string; title: string };
  atasan: { name: string; nip: string; title: string };
}

export function toFormValues(profile: OfficeProfile | null | undefined): ProfileFormValues {
  if (!profile) {
    return {
      instansiLines: ['', ''],
      unit: '',
      address: '',
      phone: '',
      email: '',
      website: '',
      city: '',
      timeZone: DEFAULT_TIME_ZONE,
      cutoffTime: DEFAULT_CUTOFF,
      ppid: { name: '', nip: '', title: '' },
      atasan: { name: '', nip: '', title: '' },
    };
  }
  return {
    instansiLines: profile.instansiLines.length > 0 ? [...profile.instansiLines] : [''],
    unit: profile.unit,
    address: profile.address,
    phone: profile.phone,
    email: profile.email,
    website: profile.website,
    city: profile.city,
    timeZone: profile.timeZone,
    cutoffTime: profile.cutoffTime,
    ppid: { ...profile.ppid },
    atasan: { ...profile.atasan },
  };
}

/** Dotted paths in screen order: the order of the error summary and of server issues. */
export const FIELD_PATHS = [
  'instansiLines',
  'unit',
  'address',
  'phone',
  'email',
  'website',
  'city',
  'timeZone',
  'cutoffTime',
  'ppid.name',
  'ppid.nip',
  'ppid.title',
  'atasan.name',
  'atasan.nip',
  'atasan.title',
] as const;
export type FieldPath = (typeof FIELD_PATHS)[number] | `instansiLines.${number}`;

/** DOM id of a field's input, e.g. "profile-ppid-nip"; "instansiLines" is its first line. */
export function fieldId(path: string): string {
  const target = path === 'instansiLines' ? 'instansiLines.0' : path;
  return `profile-${target.replace(/\./g, '-')}`;
}

/** A server issue path maps to a field when it is one of ours (or one instansi line). */
export function toFieldPath(path: string): FieldPath | null {
  if ((FIELD_PATHS as readonly string[]).includes(path)) return path as FieldPath;
  const line = /^instansiLines\.(\d)$/.exec(path);
  if (line && Number(line[1]) < MAX_INSTANSI_LINES) return path as FieldPath;
  return null;
}


/** Flattens react-hook-form's nested errors into screen order, for the summary. */
export function summarize(errors: FieldErrors<ProfileFormValues>): SummaryItem[] {
  const items: SummaryItem[] = [];
  for (const path of FIELD_PATHS) {
    if (path === 'instansiLines') {
      const lines = errors.instansiLines;
      if (lines?.message) items.push({ path, message: lines.message });
      if (lines?.root?.message) items.push({ path, message: lines.root.message });
      for (let i = 0; i < MAX_INSTANSI_LINES; i += 1) {
        const message = (lines as Record<number, { message?: string } | undefined> | undefined)?.[i]?.message;
        if (message) items.push({ path: `instansiLines.${i}`, message });
      }
      continue;
    }
    const message = messageAt(errors, path);
    if (message) items.push({ path, message });
  }
  const general = errors.root?.server?.message;
  if (general) items.push({ path: '', message: general });
  return items;
}

export function messageAt(errors: FieldErrors<ProfileFormValues>, path: string): string | undefined {
  let node: unknown = errors;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

/** Splits server issues into those we can show beside a field and the rest. */
export function partitionIssues(issues: FieldIssue[]): { fields: [FieldPath, string][]; general: string[] } {
  const fields: [FieldPath, string][] = [];
  const general: string[] = [];
  for (const issue of issues) {
    const path = toFieldPath(issue.path);
    if (path) fields.push([path, issue.message]);
    else general.push(issue.message);
  }
  return { fields, general };
}
