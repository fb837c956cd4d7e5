-- Dashboards scoped to a province or a ministry's fields count NGOs with `province_codes && ARRAY[...]` /
-- `field_codes && ARRAY[...]` on organization_search (issue 7, docs/benchmarks.md "Reporting aggregation").
CREATE INDEX IF NOT EXISTS "organization_search_province_codes_gin" ON "organization_search" USING gin ("province_codes");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "organization_search_field_codes_gin" ON "organization_search" USING gin ("field_codes");
