// How the directory recognises the same journalist written twice: the name and outlet compared
// without case, punctuation or extra spaces, or the phone number's digits in the national form.

export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** '+62 812-3456-7890', '0812 3456 7890' and '62812…' are one number: '081234567890'. '' when none. */
export function normalizePhone(text: string): string {
  const digits = text.replace(/\D/g, '');
  if (digits === '') return '';
  if (digits.startsWith('62')) return `0${digits.slice(2)}`;
  return digits;
}
