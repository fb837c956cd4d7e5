DROP INDEX "organization_current_certificate_idx";--> statement-breakpoint
DROP INDEX "certificate_area_certificate_idx";--> statement-breakpoint
CREATE INDEX "certificate_facets_idx" ON "certificate" USING btree ("id","type","decision_status","valid_to","legal_basis");--> statement-breakpoint
CREATE INDEX "organization_current_certificate_idx" ON "organization" USING btree ("current_certificate_id","country_code","id");--> statement-breakpoint
CREATE INDEX "certificate_area_certificate_idx" ON "certificate_area" USING btree ("certificate_id","province_code");