import type { paths } from '../../api/schema';

/** The JSON body of a response object in openapi-typescript's shape. */
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

// Derived from the endpoint paths rather than from component names, so they survive regeneration.
/** One of the six procedures as the catalogue lists it. */
export type Procedure = JsonOf<paths['/api/v1/procedures']['get']['responses'][200]>['items'][number];
/** A procedure code such as `operation.issue`. */
export type ProcedureCode = Procedure['code'];
/** The guide of a procedure: components for the answers, planned steps and the expected decision day. */
export type ProcedureGuide = JsonOf<paths['/api/v1/procedures/{code}/guide']['get']['responses'][200]>;
/** One component the guide lists. */
export type GuideComponent = ProcedureGuide['components'][number];
/** Query of the guide (the applicant's answers). */
export type GuideQuery = NonNullable<paths['/api/v1/procedures/{code}/guide']['get']['parameters']['query']>;
/** A dossier as its applicant or MOFA sees it. */
export type DossierDetail = JsonOf<paths['/api/v1/dossiers/{id}']['get']['responses'][200]>;
/** One row of a dossier list (my dossiers, the MOFA queue). */
export type DossierSummary = JsonOf<paths['/api/v1/dossiers']['get']['responses'][200]>['items'][number];
/** Filters of the MOFA queue. */
export type QueueQuery = NonNullable<paths['/api/v1/dossiers']['get']['parameters']['query']>;
/** A dossier's status. */
export type DossierStatus = DossierDetail['status'];
/** A dossier's clock: the current step, its owner and due day, and the SLA colour. */
export type DossierClock = DossierDetail['clock'];
/** The SLA state of a dossier's current step. */
export type Sla = DossierClock['sla'];
/** The application form's content. */
export type Application = DossierDetail['application'];
/** The proposed representative / head of office. */
export type ApplicationPerson = NonNullable<Application['representative']>;
/** A content change of an amendment. */
export type AmendChange = NonNullable<Application['changeKinds']>[number];
/** One uploaded file. */
export type DossierDocument = DossierDetail['documents'][number];
/** One entry of the timeline (action log). */
export type DossierEvent = DossierDetail['events'][number];
/** One message between the applicant and MOFA. */
export type DossierMessage = DossierDetail['messages'][number];
/** A component of the dossier with its upload count. */
export type DossierComponentStatus = DossierDetail['components'][number];
/** A workflow action. */
export type DossierAction = DossierDetail['allowedActions'][number];
/** Body of POST /dossiers/{id}/actions. */
export type DossierActionBody = JsonOf<paths['/api/v1/dossiers/{id}/actions']['post']['requestBody']>;
/** Body of POST /my/dossiers. */
export type CreateDossierBody = JsonOf<paths['/api/v1/my/dossiers']['post']['requestBody']>;
/** Body of POST /dossiers/paper. */
export type PaperDossierBody = JsonOf<paths['/api/v1/dossiers/paper']['post']['requestBody']>;
/** An amendment's sub-kind (amend, supplement, re-issue after loss or damage). */
export type AmendKind = NonNullable<CreateDossierBody['amendKind']>;
/** A certificate of the NGO's own organisations, with the extend / amend procedures it can be the target of. */
export type MyCertificate = JsonOf<paths['/api/v1/my/certificates']['get']['responses'][200]>['items'][number];
