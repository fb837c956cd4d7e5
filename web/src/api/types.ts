import type { paths } from './schema';

/** The JSON body of a response object in openapi-typescript's shape. */
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

// Derived from the endpoint paths rather than from component names, so they survive regeneration.
/** The signed-in user as returned by GET /auth/me. */
export type Me = JsonOf<paths['/api/v1/auth/me']['get']['responses'][200]>;
/** An organisation unit (MOFA, a ministry, an agency, a province or an NGO). */
export type Unit = Me['unit'];
/** A permission string such as `users:manage`. */
export type Permission = Me['permissions'][number];
/** A role code such as `system_admin`. */
export type Role = Me['role'];
/** A user row in the administration screens. */
export type AdminUser = JsonOf<paths['/api/v1/admin/users']['get']['responses'][200]>['items'][number];
/** One page of the users list. */
export type AdminUserPage = JsonOf<paths['/api/v1/admin/users']['get']['responses'][200]>;
/** Body of POST /admin/users. */
export type CreateUserInput = JsonOf<paths['/api/v1/admin/users']['post']['requestBody']>;
/** Body of PATCH /admin/users/{id}. */
export type UpdateUserInput = JsonOf<paths['/api/v1/admin/users/{id}']['patch']['requestBody']>;
/** Query of GET /admin/users. */
export type UserListQuery = NonNullable<paths['/api/v1/admin/users']['get']['parameters']['query']>;
/** Query of GET /admin/audit. */
export type AuditQuery = NonNullable<paths['/api/v1/admin/audit']['get']['parameters']['query']>;
/** One audit-log entry. */
export type AuditEvent = JsonOf<paths['/api/v1/admin/audit']['get']['responses'][200]>['items'][number];
/** One page of the audit log (cursor pagination). */
export type AuditPage = JsonOf<paths['/api/v1/admin/audit']['get']['responses'][200]>;

/** Query of GET /organizations (the internal registry look-up). */
export type RegistrySearchQuery = NonNullable<paths['/api/v1/organizations']['get']['parameters']['query']>;
/** One page of the registry look-up: rows and the keyset cursor. */
export type RegistrySearchPage = JsonOf<paths['/api/v1/organizations']['get']['responses'][200]>;
/** One row of the registry look-up (with highlight ranges of the matched text). */
export type RegistryListItem = RegistrySearchPage['items'][number];
/** Total and facet counts of a look-up (GET /organizations/facets, requested beside the page). */
export type RegistryCounts = JsonOf<paths['/api/v1/organizations/facets']['get']['responses'][200]>;
/** Facet counts of the look-up (each facet ignores its own filter). */
export type RegistryFacets = RegistryCounts['facets'];
/** Highlight ranges of a look-up row, per searched field. */
export type SearchHighlight = RegistryListItem['highlight'];
/** The internal NGO profile (with people's personal data). */
export type OrganizationProfile = JsonOf<paths['/api/v1/organizations/{id}']['get']['responses'][200]>;
/** A certificate as the internal profile shows it (version chain included). */
export type Certificate = NonNullable<OrganizationProfile['currentCertificate']>;
/** One entry of a certificate's version chain, with its field-level diff. */
export type CertificateVersion = Certificate['versions'][number];
/** One changed field of a version ('changed' scalar or 'set' added/removed). */
export type FieldChange = NonNullable<CertificateVersion['diff']>[number];
/** A province of a certificate: today's code, and the old province as written where it differs. */
export type CertificateArea = Certificate['areas'][number];
/** A person attached to an NGO (internal only). */
export type OrganizationPerson = OrganizationProfile['people'][number];
/** A Vietnamese partner of an NGO. */
export type OrganizationPartner = OrganizationProfile['partners'][number];
/** One event of the profile's timeline. */
export type TimelineEvent = OrganizationProfile['timeline'][number];
/** Query of GET /public/organizations. */
export type PublicSearchQuery = NonNullable<paths['/api/v1/public/organizations']['get']['parameters']['query']>;
/** One page of the public register. */
export type PublicSearchPage = JsonOf<paths['/api/v1/public/organizations']['get']['responses'][200]>;
/** One row of the public register. */
export type PublicOrganization = PublicSearchPage['items'][number];
/** The public profile of an NGO (public fields only). */
export type PublicOrganizationProfile = JsonOf<paths['/api/v1/public/organizations/{id}']['get']['responses'][200]>;
/** A province (one of the 34 current units). */
export type Province = JsonOf<paths['/api/v1/reference/provinces']['get']['responses'][200]>['items'][number];
/** A pre-2025 province and its successor. */
export type LegacyProvince = JsonOf<paths['/api/v1/reference/legacy-provinces']['get']['responses'][200]>['items'][number];
/** A field of operation. */
export type FieldOfOperation = JsonOf<paths['/api/v1/reference/fields']['get']['responses'][200]>['items'][number];
/** A country (ISO 3166). */
export type Country = JsonOf<paths['/api/v1/reference/countries']['get']['responses'][200]>['items'][number];
