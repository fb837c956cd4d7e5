/**
 * The units the consultation screens offer to choose from: the agencies MOFA may add by hand to a proposal, and the
 * departments a province's focal unit may forward a request to (units whose parent is the focal unit).
 */
import { hasPermission } from '../../domain/access/policy';
import type { Deps } from '../../platform/deps';
import type { RequestContext } from '../../platform/http/context';
import { ForbiddenError } from '../../platform/http/errors';
import { listUnits } from '../units/units.service';
import { loadRequestFor } from './consultation.service';

type Ctx = Pick<RequestContext, 'actor' | 'requestId' | 'ip'>;

/** A unit as the selects show it. */
export interface UnitOption {
  code: string;
  nameVi: string;
  nameEn: string;
  kind: string;
}

const option = (u: UnitOption): UnitOption => ({ code: u.code, nameVi: u.nameVi, nameEn: u.nameEn, kind: u.kind });

/** Active ministries, central agencies and provinces' focal units (top-level units): who may be asked for an opinion. */
export async function listConsultableAgencies(deps: Pick<Deps, 'db'>): Promise<UnitOption[]> {
  const units = await listUnits(deps.db);
  return units.filter((u) => u.parentId === null && (u.kind === 'ministry' || u.kind === 'agency' || u.kind === 'province')).map(option);
}

/**
 * The departments of the request's unit (Decree 58/2022 Art. 11(2): a province asks its own departments), for the
 * forward dialog. Only the addressed focal unit asks. @throws ForbiddenError for anyone else (404 when unknown).
 */
export async function listRequestDepartments(deps: Pick<Deps, 'db'>, ctx: Ctx, requestId: string): Promise<UnitOption[]> {
  if (!hasPermission(ctx.actor, 'consultations:answer')) throw new ForbiddenError();
  const request = await loadRequestFor(deps, ctx, requestId);
  if (request.unitId !== ctx.actor.unitId || request.parentRequestId) return [];
  const units = await listUnits(deps.db);
  return units.filter((u) => u.parentId === request.unitId).map(option);
}
