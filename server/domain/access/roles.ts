/**
 * Roles of INGO Hub users (issue #3 §4). Anonymous visitors of the public register have no role.
 * - system_admin: runs the platform (accounts, reference data, audit log).
 * - mofa_officer: COMINGO / MOFA officer (chuyên viên): receives and processes dossiers, keeps the registry.
 * - mofa_leader: MOFA leader (lãnh đạo) who decides and signs (Decree 58/2022 Art. 7).
 * - agency_focal: focal point of a ministry, the police or a province: answers requests for opinion.
 * - agency_viewer: agency staff who may look NGOs up but not answer.
 * - ngo_representative: representative of a foreign NGO (Người đại diện / Trưởng văn phòng).
 */
export const ROLES = [
  'system_admin',
  'mofa_officer',
  'mofa_leader',
  'agency_focal',
  'agency_viewer',
  'ngo_representative',
] as const;

export type Role = (typeof ROLES)[number];

/** Unit kinds each role may belong to: an admin cannot give an NGO user a MOFA role, for instance. */
export const ROLE_UNIT_KINDS: Record<Role, readonly string[]> = {
  system_admin: ['mofa'],
  mofa_officer: ['mofa'],
  mofa_leader: ['mofa'],
  agency_focal: ['ministry', 'agency', 'province'],
  agency_viewer: ['ministry', 'agency', 'province'],
  ngo_representative: ['ngo'],
};

/** True when `role` may be held by a member of a unit of kind `unitKind`. */
export function isRoleAllowedForUnit(role: Role, unitKind: string): boolean {
  return ROLE_UNIT_KINDS[role].includes(unitKind);
}
