import type { paths } from '../../api/schema';

/** The JSON body of a request in openapi-typescript's shape. */
type BodyOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
/** The JSON body of a response in openapi-typescript's shape. */
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

// Derived from the endpoint paths (not component names), so they survive regeneration.
/** Body of POST /organizations (MOFA data entry of an NGO). */
export type CreateOrganizationBody = BodyOf<paths['/api/v1/organizations']['post']['requestBody']>;
/** Body of PATCH /organizations/{id}. */
export type UpdateOrganizationBody = BodyOf<paths['/api/v1/organizations/{id}']['patch']['requestBody']>;
/** A person as entered (PATCH form: with the id of an existing person). */
export type PersonEntry = NonNullable<UpdateOrganizationBody['people']>[number];
/** A Vietnamese partner as entered. */
export type PartnerEntry = CreateOrganizationBody['partners'][number];
/** Body of POST /organizations/{id}/certificates (record an existing or legacy certificate). */
export type RecordCertificateBody = BodyOf<paths['/api/v1/organizations/{id}/certificates']['post']['requestBody']>;
/** An area as entered: a current province code, or a province name as written on the certificate. */
export type AreaEntry = RecordCertificateBody['areas'][number];
/** Body of POST /certificates/{id}/versions (amendment, supplement, re-issue, extension). */
export type AddVersionBody = BodyOf<paths['/api/v1/certificates/{id}/versions']['post']['requestBody']>;
/** Body of POST /certificates/{id}/decisions (suspend, terminate, revoke, lift). */
export type RecordDecisionBody = BodyOf<paths['/api/v1/certificates/{id}/decisions']['post']['requestBody']>;
/** A saved search as its owner sees it. */
export type SavedSearch = JsonOf<paths['/api/v1/saved-searches']['get']['responses'][200]>['items'][number];
/** The filters kept in a saved search. */
export type SavedSearchQuery = SavedSearch['query'];
