// A refusal that names a missing step in Pengaturan ("Profil kantor belum lengkap: isi Pengaturan →
// Profil kantor …") gets a link to the place that fixes it, under the message.
import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

type FixKey = 'profile' | 'numbering' | 'calendar' | 'backup';

// Matched on the core's Indonesian words (the message may be shown translated).
const FIXES: { test: RegExp; key: FixKey; to: string }[] = [
  { test: /profil kantor/i, key: 'profile', to: '/settings' },
  { test: /pengaturan\s*[→›>]\s*penomoran|kode unit/i, key: 'numbering', to: '/settings?section=penomoran' },
  { test: /pengaturan\s*[→›>]\s*kalender/i, key: 'calendar', to: '/settings?section=kalender' },
  { test: /pengaturan\s*[→›>]\s*cadangan/i, key: 'backup', to: '/settings?section=cadangan' },
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
