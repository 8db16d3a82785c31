// Letter number patterns (Pengaturan › Penomoran): one per letter type, kept in settings and
// audited. {unit} and the {seq} width are the ones of the registration numbers.
import { DEFAULT_LETTER_PATTERNS } from '../../../shared/domain/letters';
import { LetterPatterns } from '../../../shared/ipc/channels/letters';
import { settingsSection } from '../settings/section';

export const LETTER_PATTERNS_KEY = 'letter_numbering';

const section = settingsSection<LetterPatterns>({
  key: LETTER_PATTERNS_KEY,
  schema: LetterPatterns,
  fallback: () => ({ ...DEFAULT_LETTER_PATTERNS }),
  action: 'letter_numbering.update',
  // Patterns saved before a letter type existed read that type's default.
  read: (stored) => ({ ...DEFAULT_LETTER_PATTERNS, ...(stored as object | undefined) }),
});

export const getLetterPatterns = section.get;
export const setLetterPatterns = section.save;
