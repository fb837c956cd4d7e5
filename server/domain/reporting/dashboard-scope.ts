/**
 * Who sees what on the reporting dashboards (issue 7 §7; brief §1.2): MOFA / COMINGO and administrators see the
 * whole country; a province's unit sees the NGOs working in its province and the aid reported there; a line
 * ministry sees the NGOs and aid of the fields it is the line ministry of (field → ministry mapping of the
 * consultation configuration, Decree 58/2022 Art. 11(2)); the standing consultees (police, finance, home affairs,
 * State Bank), which are asked about every NGO, see the whole country. Anyone else sees nothing. Pure.
 */

/** The part of the dashboards an actor may see; the repository turns it into SQL. */
export type DashboardScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'province'; readonly provinceCode: string }
  | { readonly kind: 'fields'; readonly fieldCodes: readonly string[] }
  | { readonly kind: 'none' };

/** What the rule needs of the actor. */
export interface DashboardActor {
  readonly role: string | null;
  readonly unitKind: string | null;
  readonly provinceCode: string | null;
  /** Code of the actor's unit (e.g. 'MOH', 'PROV-46'), null when unknown. */
  readonly unitCode: string | null;
}

/** What the rule needs of the consultation configuration. */
export interface DashboardScopeConfig {
  readonly fieldMinistries: Readonly<Record<string, readonly string[]>>;
  readonly standing: Readonly<Record<string, string>>;
}

/** The dashboard scope of an actor (see the module comment for the rule). */
export function dashboardScopeOf(actor: DashboardActor, config: DashboardScopeConfig): DashboardScope {
  if (!actor.role || actor.role === 'ngo_representative') return { kind: 'none' };
  if (actor.role === 'system_admin' || actor.unitKind === 'mofa') return { kind: 'all' };
  if (actor.unitKind === 'province') return actor.provinceCode ? { kind: 'province', provinceCode: actor.provinceCode } : { kind: 'none' };
  if ((actor.unitKind === 'ministry' || actor.unitKind === 'agency') && actor.unitCode) {
    if (Object.values(config.standing).includes(actor.unitCode)) return { kind: 'all' };
    const fieldCodes = Object.entries(config.fieldMinistries)
      .filter(([, ministries]) => ministries.includes(actor.unitCode!))
      .map(([fieldCode]) => fieldCode)
      .sort();
    return fieldCodes.length ? { kind: 'fields', fieldCodes } : { kind: 'none' };
  }
  return { kind: 'none' };
}

/** True when the scope covers the whole country (the dossier work queue is shown only then: it is MOFA's work). */
export function isNationalScope(scope: DashboardScope): boolean {
  return scope.kind === 'all';
}
