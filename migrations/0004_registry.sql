CREATE SEQUENCE "public"."organization_registry_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "organization" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registry_code" text NOT NULL,
	"unit_id" uuid,
	"name_original" text NOT NULL,
	"name_en" text NOT NULL,
	"name_vi" text,
	"abbreviation" text,
	"country_code" text NOT NULL,
	"legal_form" text NOT NULL,
	"legal_doc_type" text,
	"legal_doc_number" text,
	"legal_doc_issuer" text,
	"legal_doc_issued_on" date,
	"home_registration_expires_on" date,
	"hq_address" text,
	"phone" text,
	"email" text,
	"website" text,
	"head_name" text,
	"head_title" text,
	"head_nationality" text,
	"purposes" text,
	"funding_sources" text,
	"status" text DEFAULT 'active' NOT NULL,
	"current_certificate_id" uuid,
	"search_keywords" text DEFAULT '' NOT NULL,
	"people_text" text DEFAULT '' NOT NULL,
	"search_text" text GENERATED ALWAYS AS (vn_norm(coalesce(name_original, '') || ' ' || coalesce(name_en, '') || ' ' || coalesce(name_vi, '') || ' ' || coalesce(abbreviation, '') || ' ' || coalesce(search_keywords, ''))) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_registry_code_unique" UNIQUE("registry_code")
);
--> statement-breakpoint
CREATE TABLE "organization_snapshot" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"effective_on" date NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"snapshot" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"role" text NOT NULL,
	"full_name" text NOT NULL,
	"nationality" text,
	"date_of_birth" date,
	"gender" text,
	"passport_number" text,
	"passport_expires_on" date,
	"address" text,
	"from_date" date,
	"to_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vietnamese_partner" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text,
	"province_code" text
);
--> statement-breakpoint
CREATE TABLE "certificate" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"type" text NOT NULL,
	"legal_basis" text NOT NULL,
	"number" text NOT NULL,
	"issued_on" date NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"decision_status" text DEFAULT 'in_force' NOT NULL,
	"office_city_code" text,
	"office_address" text,
	"representative_person_id" uuid,
	"current_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificate_number_unique" UNIQUE("number"),
	CONSTRAINT "certificate_dates_ck" CHECK ("certificate"."valid_to" >= "certificate"."valid_from"),
	CONSTRAINT "certificate_office_city_ck" CHECK ("certificate"."office_city_code" is null or "certificate"."office_city_code" in ('01', '48', '79'))
);
--> statement-breakpoint
CREATE TABLE "certificate_area" (
	"certificate_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"legacy_province_code" text,
	"name_as_written" text
);
--> statement-breakpoint
CREATE TABLE "certificate_field" (
	"certificate_id" uuid NOT NULL,
	"field_code" text NOT NULL,
	CONSTRAINT "certificate_field_certificate_id_field_code_pk" PRIMARY KEY("certificate_id","field_code")
);
--> statement-breakpoint
CREATE TABLE "certificate_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"certificate_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"kind" text NOT NULL,
	"effective_on" date NOT NULL,
	"decision_number" text,
	"note" text,
	"snapshot" jsonb NOT NULL,
	"diff" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "certificate_version_no_uq" UNIQUE("certificate_id","version_no")
);
--> statement-breakpoint
ALTER TABLE "organization" ADD CONSTRAINT "organization_unit_id_org_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization" ADD CONSTRAINT "organization_country_code_country_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."country"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization" ADD CONSTRAINT "organization_head_nationality_country_code_fk" FOREIGN KEY ("head_nationality") REFERENCES "public"."country"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_snapshot" ADD CONSTRAINT "organization_snapshot_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_nationality_country_code_fk" FOREIGN KEY ("nationality") REFERENCES "public"."country"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vietnamese_partner" ADD CONSTRAINT "vietnamese_partner_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vietnamese_partner" ADD CONSTRAINT "vietnamese_partner_province_code_province_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."province"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_office_city_code_province_code_fk" FOREIGN KEY ("office_city_code") REFERENCES "public"."province"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate" ADD CONSTRAINT "certificate_representative_person_id_person_id_fk" FOREIGN KEY ("representative_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_area" ADD CONSTRAINT "certificate_area_certificate_id_certificate_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificate"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_area" ADD CONSTRAINT "certificate_area_province_code_province_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."province"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_area" ADD CONSTRAINT "certificate_area_legacy_province_code_legacy_province_code_fk" FOREIGN KEY ("legacy_province_code") REFERENCES "public"."legacy_province"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_field" ADD CONSTRAINT "certificate_field_certificate_id_certificate_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificate"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_field" ADD CONSTRAINT "certificate_field_field_code_field_code_fk" FOREIGN KEY ("field_code") REFERENCES "public"."field"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_version" ADD CONSTRAINT "certificate_version_certificate_id_certificate_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificate"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organization_search_trgm_idx" ON "organization" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organization_people_trgm_idx" ON "organization" USING gin ("people_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organization_country_idx" ON "organization" USING btree ("country_code");--> statement-breakpoint
CREATE INDEX "organization_current_certificate_idx" ON "organization" USING btree ("current_certificate_id");--> statement-breakpoint
CREATE INDEX "organization_unit_idx" ON "organization" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "organization_snapshot_lookup_idx" ON "organization_snapshot" USING btree ("organization_id","effective_on","id");--> statement-breakpoint
CREATE INDEX "person_organization_idx" ON "person" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "vietnamese_partner_organization_idx" ON "vietnamese_partner" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "certificate_organization_idx" ON "certificate" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "certificate_valid_to_idx" ON "certificate" USING btree ("valid_to");--> statement-breakpoint
CREATE INDEX "certificate_area_province_idx" ON "certificate_area" USING btree ("province_code","certificate_id");--> statement-breakpoint
CREATE INDEX "certificate_area_certificate_idx" ON "certificate_area" USING btree ("certificate_id");--> statement-breakpoint
CREATE INDEX "certificate_field_field_idx" ON "certificate_field" USING btree ("field_code","certificate_id");