import { ROLE_LABELS, ROLE_LABELS_EN, type Role } from '../../../../shared/domain/auth/roles';

/** The role's label in the UI language (the Indonesian one is what letters and the core say). */
export const roleLabel = (role: Role, language: string): string => (language.startsWith('en') ? ROLE_LABELS_EN : ROLE_LABELS)[role];
