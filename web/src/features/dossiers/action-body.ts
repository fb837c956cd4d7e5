import type { Dayjs } from 'dayjs';
import { toIsoDay } from '../../components/format';
import { actionInputs } from './dossier-rules';
import type { DossierAction, DossierActionBody } from './types';

/** The values of an action's dialog. */
export interface ActionFormValues {
  reason?: string;
  missingComponents?: string[];
  outcome?: 'approve' | 'refuse';
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
  note?: string;
}

/** The request body of an action from its dialog's values (with the version the user saw). */
export function toActionBody(action: DossierAction, values: ActionFormValues, lockVersion: number): DossierActionBody {
  const inputs = actionInputs(action);
  const body: DossierActionBody = { action, lockVersion };
  if (inputs.reason !== 'none' && values.reason?.trim()) body.reason = values.reason.trim();
  if (inputs.missingComponents) body.missingComponents = values.missingComponents ?? [];
  if (inputs.decision) {
    body.decision = { outcome: values.outcome ?? 'approve' };
    const validFrom = toIsoDay(values.validFrom);
    const validTo = toIsoDay(values.validTo);
    if (validFrom && body.decision.outcome === 'approve') body.decision.validFrom = validFrom;
    if (validTo && body.decision.outcome === 'approve') body.decision.validTo = validTo;
    if (values.note?.trim()) body.decision.note = values.note.trim();
  }
  return body;
}
