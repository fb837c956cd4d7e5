/**
 * The one Drizzle schema: every feature's tables, re-exported for drizzle-kit and for typed queries.
 * Add a feature's `*.tables.ts` here when it is created.
 */
export * from '../../features/reference/reference.tables';
export * from '../../features/units/units.tables';
export * from '../../features/settings/settings.tables';
export * from '../../features/accounts/accounts.tables';
export * from '../../features/audit/audit.tables';
export * from '../../features/organizations/organizations.tables';
export * from '../../features/certificates/certificates.tables';
export * from '../../features/registry-import/registry-import.tables';
export * from '../../features/saved-searches/saved-searches.tables';
export * from '../../features/dossiers/dossiers.tables';
export * from '../../features/mail/mail.tables';
export * from '../../features/signup/signup.tables';
export * from '../../features/notifications/notifications.tables';
export * from '../../features/consultation/consultation.tables';
export * from '../../features/reporting/reporting.tables';
