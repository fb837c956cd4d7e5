CREATE TABLE "action_task" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_code" text NOT NULL,
	"code" text NOT NULL,
	"group_no" integer NOT NULL,
	"group_title_vi" text NOT NULL,
	"group_title_en" text NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text NOT NULL,
	"lead_unit_id" uuid,
	"lead_scope" text,
	"coordinating_unit_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"expected_output_vi" text NOT NULL,
	"expected_output_en" text NOT NULL,
	"deadline_on" date,
	"deadline_text" text,
	"owner_unit_id" uuid,
	"parent_task_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_task_code" UNIQUE("program_code","code")
);
--> statement-breakpoint
CREATE TABLE "action_task_update" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"reporting_year" integer NOT NULL,
	"status" text NOT NULL,
	"progress_percent" integer DEFAULT 0 NOT NULL,
	"note" text,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reported_by" uuid NOT NULL,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aid_aggregate" (
	"reporting_year" integer NOT NULL,
	"province_code" text NOT NULL,
	"field_code" text DEFAULT '' NOT NULL,
	"country_code" text DEFAULT '' NOT NULL,
	"currency" text NOT NULL,
	"committed" numeric(20, 2) DEFAULT 0 NOT NULL,
	"disbursed" numeric(20, 2) DEFAULT 0 NOT NULL,
	"committed_usd" numeric(20, 2) DEFAULT 0 NOT NULL,
	"disbursed_usd" numeric(20, 2) DEFAULT 0 NOT NULL,
	"line_count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "export_job" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"file_key" text,
	"file_name" text,
	"content_type" text,
	"error" text,
	"requested_by" uuid NOT NULL,
	"unit_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "report_aid_line" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"reporting_year" integer NOT NULL,
	"source" text NOT NULL,
	"reporter_unit_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"country_code" text,
	"province_code" text NOT NULL,
	"legacy_province_code" text,
	"field_code" text,
	"aid_kind" text DEFAULT 'project' NOT NULL,
	"currency" text NOT NULL,
	"committed" numeric(18, 2) DEFAULT 0 NOT NULL,
	"disbursed" numeric(18, 2) DEFAULT 0 NOT NULL,
	"committed_usd" numeric(18, 2),
	"disbursed_usd" numeric(18, 2),
	"explanation" text,
	"current" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_campaign" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"form" text NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text NOT NULL,
	"reporting_year" integer NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"due_on" date NOT NULL,
	"reminder_offsets" jsonb DEFAULT '[-10,-3,0,2]'::jsonb NOT NULL,
	"obligated" text NOT NULL,
	"listed_unit_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_campaign_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "report_obligation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"organization_id" uuid,
	"due_on" date NOT NULL,
	"first_submitted_on" date,
	"filed_version_id" uuid,
	"reminder_offsets_sent" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_obligation_once" UNIQUE("campaign_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "report_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"obligation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"supersedes_id" uuid,
	"amendment_reason" text,
	"prepared_by" uuid NOT NULL,
	"submitted_by" uuid,
	"submitted_on" date,
	"submitted_at" timestamp with time zone,
	"late" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_task" ADD CONSTRAINT "action_task_lead_unit_id_org_unit_id_fk" FOREIGN KEY ("lead_unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_task" ADD CONSTRAINT "action_task_owner_unit_id_org_unit_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_task" ADD CONSTRAINT "action_task_parent_task_id_action_task_id_fk" FOREIGN KEY ("parent_task_id") REFERENCES "public"."action_task"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_task" ADD CONSTRAINT "action_task_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_task_update" ADD CONSTRAINT "action_task_update_task_id_action_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."action_task"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_task_update" ADD CONSTRAINT "action_task_update_unit_id_org_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_task_update" ADD CONSTRAINT "action_task_update_reported_by_app_user_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "export_job" ADD CONSTRAINT "export_job_requested_by_app_user_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "export_job" ADD CONSTRAINT "export_job_unit_id_org_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_aid_line" ADD CONSTRAINT "report_aid_line_version_id_report_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."report_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_aid_line" ADD CONSTRAINT "report_aid_line_campaign_id_report_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."report_campaign"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_aid_line" ADD CONSTRAINT "report_aid_line_reporter_unit_id_org_unit_id_fk" FOREIGN KEY ("reporter_unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_aid_line" ADD CONSTRAINT "report_aid_line_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_campaign" ADD CONSTRAINT "report_campaign_owner_unit_id_org_unit_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_campaign" ADD CONSTRAINT "report_campaign_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_obligation" ADD CONSTRAINT "report_obligation_campaign_id_report_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."report_campaign"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_obligation" ADD CONSTRAINT "report_obligation_unit_id_org_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_obligation" ADD CONSTRAINT "report_obligation_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_version" ADD CONSTRAINT "report_version_obligation_id_report_obligation_id_fk" FOREIGN KEY ("obligation_id") REFERENCES "public"."report_obligation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_version" ADD CONSTRAINT "report_version_supersedes_id_report_version_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."report_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_version" ADD CONSTRAINT "report_version_prepared_by_app_user_id_fk" FOREIGN KEY ("prepared_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_version" ADD CONSTRAINT "report_version_submitted_by_app_user_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_task_lead_idx" ON "action_task" USING btree ("lead_unit_id");--> statement-breakpoint
CREATE INDEX "action_task_update_task_idx" ON "action_task_update" USING btree ("task_id","unit_id","reported_at");--> statement-breakpoint
CREATE UNIQUE INDEX "aid_aggregate_key_idx" ON "aid_aggregate" USING btree ("reporting_year","province_code","field_code","country_code","currency");--> statement-breakpoint
CREATE INDEX "export_job_user_idx" ON "export_job" USING btree ("requested_by","created_at");--> statement-breakpoint
CREATE INDEX "report_aid_line_version_idx" ON "report_aid_line" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "report_aid_line_current_idx" ON "report_aid_line" USING btree ("reporting_year","source","province_code") WHERE current;--> statement-breakpoint
CREATE INDEX "report_aid_line_org_idx" ON "report_aid_line" USING btree ("organization_id","reporting_year");--> statement-breakpoint
CREATE INDEX "report_campaign_year_idx" ON "report_campaign" USING btree ("reporting_year","form");--> statement-breakpoint
CREATE INDEX "report_obligation_unit_idx" ON "report_obligation" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "report_obligation_org_idx" ON "report_obligation" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "report_version_number_idx" ON "report_version" USING btree ("obligation_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "report_version_one_draft_idx" ON "report_version" USING btree ("obligation_id") WHERE status = 'draft';