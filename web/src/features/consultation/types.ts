import type { paths } from '../../api/schema';

/** The JSON body of a response object in openapi-typescript's shape. */
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

// Derived from the endpoint paths rather than from component names, so they survive regeneration.
/** An agency's inbox. */
export type ConsultationInbox = JsonOf<paths['/api/v1/consultations']['get']['responses'][200]>;
/** One row of the inbox: the request with its dossier code, applicant and procedure. */
export type InboxItem = ConsultationInbox['items'][number];
/** Filter of the inbox. */
export type InboxStatus = NonNullable<NonNullable<paths['/api/v1/consultations']['get']['parameters']['query']>['status']>;
/** One request with the dossier to read, its documents, replies and sub-requests. */
export type RequestView = JsonOf<paths['/api/v1/consultations/{id}']['get']['responses'][200]>;
/** A request for opinion (to an agency, or a province's sub-request to a department). */
export type ConsultationRequest = RequestView['request'];
/** Where a request stands: on time / late / pending / missing. */
export type Timeliness = ConsultationRequest['timeliness'];
/** Why an agency is asked. */
export type ConsulteeReason = ConsultationRequest['reasons'][number];
/** A reply (draft, sent or superseded). */
export type ConsultationReply = RequestView['replies'][number];
/** The position of a reply. */
export type ReplyPosition = NonNullable<ConsultationReply['position']>;
/** A sub-request with its sent reply. */
export type SubRequest = RequestView['subRequests'][number];
/** Body of PUT /consultations/{id}/reply. */
export type ReplyBody = JsonOf<paths['/api/v1/consultations/{id}/reply']['put']['requestBody']>;
/** Body of POST /consultations/{id}/forward. */
export type ForwardBody = JsonOf<paths['/api/v1/consultations/{id}/forward']['post']['requestBody']>;
/** MOFA's opinion matrix with the proposal. */
export type OpinionMatrix = JsonOf<paths['/api/v1/dossiers/{id}/consultation']['get']['responses'][200]>;
/** One proposed agency. */
export type ProposedConsultee = NonNullable<OpinionMatrix['proposal']>['consultees'][number];
/** One row of the matrix. */
export type MatrixRow = OpinionMatrix['rows'][number];
/** How a row's silence past the due day reads under the configuration (null while answered or within the period). */
export type MissedDeadline = NonNullable<MatrixRow['missedDeadline']>;
/** Body of POST /dossiers/{id}/consultation/send. */
export type SendBody = JsonOf<paths['/api/v1/dossiers/{id}/consultation/send']['post']['requestBody']>;
/** A unit offered in a select (agencies to add, departments to forward to). */
export type UnitOption = JsonOf<paths['/api/v1/consultations/agencies']['get']['responses'][200]>['items'][number];
/** Per-agency statistics. */
export type AgencyStatistics = JsonOf<paths['/api/v1/consultations/statistics']['get']['responses'][200]>['items'][number];
