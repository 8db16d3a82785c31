import { useTranslation } from 'react-i18next';
import { ROLE_LABELS, ROLE_LABELS_EN, type Role } from '../../../shared/domain/auth/roles';
import { useSignedIn } from './session';
import type { Channel } from '../../../shared/ipc/contract';
import { permissionOf, rolesAllow } from '../../../shared/ipc/permissions';

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
  if (!officer) return true; // component tests that render a page without the gate
  return roles.some((role) => officer.roles.includes(role));
}

/** Whether the signed-in officer's roles allow a channel, by the core's own permission table. */
export function useCanCall(channel: Channel): boolean {
  const officer = useSignedIn()?.officer;
  if (!officer) return true;
  return rolesAllow(permissionOf(channel), officer.roles);
}
