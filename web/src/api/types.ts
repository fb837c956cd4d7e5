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
