// A refusal that names a missing step in Pengaturan ("Profil kantor belum lengkap: isi Pengaturan →
// Profil kantor …") gets a link to the place that fixes it, under the message.
import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

type FixKey = 'profile' | 'numbering' | 'calendar' | 'backup';

// The core's Indonesian words, and their English (i18n/coreMessages.ts) when the UI is English.
const FIXES: { test: RegExp; key: FixKey; to: string }[] = [
  { test: /profil kantor|office profile/i, key: 'profile', to: '/settings' },
  { test: /pengaturan\s*[→›>]\s*penomoran|kode unit|settings\s*[→›>]\s*numbering/i, key: 'numbering', to: '/settings?section=penomoran' },
  { test: /(pengaturan|settings)\s*[→›>]\s*(kalender|calendar)/i, key: 'calendar', to: '/settings?section=kalender' },
  { test: /pengaturan\s*[→›>]\s*cadangan|settings\s*[→›>]\s*backups/i, key: 'backup', to: '/settings?section=cadangan' },
];

export function fixFor(message: string | null | undefined): { key: FixKey; to: string } | null {
  if (!message) return null;
  const fix = FIXES.find((f) => f.test.test(message));
  return fix ? { key: fix.key, to: fix.to } : null;
}

export function FixLink({ message }: { message: string | null | undefined }) {
  const { t } = useTranslation();
  const fix = fixFor(message);
  if (!fix) return null;
  return (
    <Anchor component={Link} to={fix.to} size="sm" fw={600} display="block" mt={4}>
      {t(`forms.fix.${fix.key}`)}
    </Anchor>
  );
}
