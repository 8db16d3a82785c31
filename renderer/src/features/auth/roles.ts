import { useTranslation } from 'react-i18next';
import { ROLE_LABELS, ROLE_LABELS_EN, type Role } from '../../../../shared/domain/auth/roles';
import { useSignedIn } from './session';

export function useRoleLabel(): (role: Role) => string {
  const { i18n } = useTranslation();
  return (role) => (i18n.language === 'en' ? ROLE_LABELS_EN : ROLE_LABELS)[role];
}

/**
 * Whether the signed-in officer holds one of `roles`: the UI hides what the officer cannot do.
 * The core is the guard (it refuses with `forbidden`); this only spares a click that would fail.
 */
export function useCan(...roles: Role[]): boolean {
  const officer = useSignedIn()?.officer;
  if (!officer) return true; // tests that render a page without the gate
  return roles.some((role) => officer.roles.includes(role));
}
