-- Custom migration: what drizzle-kit cannot express for the NGO registry (runs on PostgreSQL 15 and PGlite).
-- The organization's current certificate (the certificate table references organization, so this FK is added here).
ALTER TABLE "organization" ADD CONSTRAINT "organization_current_certificate_fk"
  FOREIGN KEY ("current_certificate_id") REFERENCES "certificate"("id");
--> statement-breakpoint
-- Code lists enforced by the database as well as by the API.
ALTER TABLE "organization" ADD CONSTRAINT "organization_legal_form_ck"
  CHECK ("legal_form" in ('non_profit', 'social_fund', 'private_fund', 'other'));
--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_type_ck"
  CHECK ("type" in ('operation', 'rep_office', 'legacy_operation', 'legacy_project_office', 'legacy_rep_office'));
--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_decision_status_ck"
  CHECK ("decision_status" in ('in_force', 'suspended', 'terminated', 'revoked'));
--> statement-breakpoint
-- Decree 12/2012 types are legacy; the two current types are issued under Decree 58/2022.
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_legal_basis_ck"
  CHECK (("type" like 'legacy\_%' and "legal_basis" = '12/2012/NĐ-CP') or ("type" not like 'legacy\_%' and "legal_basis" = '58/2022/NĐ-CP'));
--> statement-breakpoint
ALTER TABLE "certificate_version" ADD CONSTRAINT "certificate_version_kind_ck"
  CHECK ("kind" in ('issued', 'amended', 'supplemented', 'reissued', 'extended'));
--> statement-breakpoint
-- Certificate numbers are also searched on their own (exact / prefix look-ups by number).
CREATE INDEX "certificate_number_norm_idx" ON "certificate" (vn_norm("number"));
