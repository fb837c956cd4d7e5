CREATE TABLE "dossier" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"procedure" text NOT NULL,
	"amend_kind" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"channel" text DEFAULT 'online' NOT NULL,
	"applicant_unit_id" uuid,
	"applicant_name" text NOT NULL,
	"organization_id" uuid,
	"target_certificate_id" uuid,
	"result_certificate_id" uuid,
	"application" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"decision_draft" jsonb,
	"assigned_to" uuid,
	"received_on" date,
	"accepted_on" date,
	"overall_due_on" date,
	"step_entered_on" date,
	"step_due_on" date,
	"paused_working_days" integer DEFAULT 0 NOT NULL,
	"closed_on" date,
	"client_key" text,
	"created_by" uuid NOT NULL,
	"lock_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossier_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "dossier_action" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" uuid,
	"actor_role" text,
	"actor_unit_id" uuid,
	"reason" text,
	"payload" jsonb,
	"on_day" date NOT NULL,
	"step_due_on" date,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"component_code" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"legalised" boolean DEFAULT false NOT NULL,
	"certified_translation" boolean DEFAULT false NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "dossier_message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"author_party" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "number_counter" (
	"scope" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "number_counter_scope_year_pk" PRIMARY KEY("scope","year")
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "ngo_signup" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"full_name" text NOT NULL,
	"organization_name" text NOT NULL,
	"country_code" text NOT NULL,
	"password_hash" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"verified_at" timestamp with time zone,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ngo_signup_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_applicant_unit_id_org_unit_id_fk" FOREIGN KEY ("applicant_unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_target_certificate_id_certificate_id_fk" FOREIGN KEY ("target_certificate_id") REFERENCES "public"."certificate"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_result_certificate_id_certificate_id_fk" FOREIGN KEY ("result_certificate_id") REFERENCES "public"."certificate"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_assigned_to_app_user_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_action" ADD CONSTRAINT "dossier_action_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_action" ADD CONSTRAINT "dossier_action_actor_id_app_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_document" ADD CONSTRAINT "dossier_document_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_document" ADD CONSTRAINT "dossier_document_uploaded_by_app_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_message" ADD CONSTRAINT "dossier_message_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_message" ADD CONSTRAINT "dossier_message_author_id_app_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ngo_signup" ADD CONSTRAINT "ngo_signup_country_code_country_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."country"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ngo_signup" ADD CONSTRAINT "ngo_signup_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_client_key_uq" ON "dossier" USING btree ("created_by","client_key");--> statement-breakpoint
CREATE INDEX "dossier_status_due_idx" ON "dossier" USING btree ("status","step_due_on");--> statement-breakpoint
CREATE INDEX "dossier_applicant_idx" ON "dossier" USING btree ("applicant_unit_id","created_at");--> statement-breakpoint
CREATE INDEX "dossier_assigned_idx" ON "dossier" USING btree ("assigned_to");--> statement-breakpoint
CREATE INDEX "dossier_organization_idx" ON "dossier" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "dossier_action_dossier_idx" ON "dossier_action" USING btree ("dossier_id","id");--> statement-breakpoint
CREATE INDEX "dossier_document_dossier_idx" ON "dossier_document" USING btree ("dossier_id","component_code");--> statement-breakpoint
CREATE INDEX "dossier_message_dossier_idx" ON "dossier_message" USING btree ("dossier_id","created_at");--> statement-breakpoint
CREATE INDEX "mail_outbox_pending_idx" ON "mail_outbox" USING btree ("sent_at","created_at");--> statement-breakpoint
CREATE INDEX "mail_outbox_to_idx" ON "mail_outbox" USING btree ("to_address","created_at");--> statement-breakpoint
CREATE INDEX "ngo_signup_email_idx" ON "ngo_signup" USING btree ("email","created_at");