/**
 * Code lists of the online procedures (brief §3), shared by the server and the web.
 */

/** The six Decree 58/2022 procedures: issue, amend/supplement/re-issue, extend × the two certificate types (Art. 10–17). */
export const PROCEDURE_CODES = ['operation.issue', 'operation.extend', 'operation.amend', 'rep_office.issue', 'rep_office.extend', 'rep_office.amend'] as const;
export type ProcedureCode = (typeof PROCEDURE_CODES)[number];

/** What an amendment procedure asks for (Decree 58/2022 Art. 13, 17): change content, add content, or a new copy. */
export const AMEND_KINDS = ['amend', 'supplement', 'reissue_lost', 'reissue_damaged'] as const;
export type AmendKind = (typeof AMEND_KINDS)[number];

/** How a dossier reached COMINGO (Decree 58/2022 Art. 11(1): directly, by post or online). */
export const DOSSIER_CHANNELS = ['online', 'paper', 'post'] as const;
export type DossierChannel = (typeof DOSSIER_CHANNELS)[number];
