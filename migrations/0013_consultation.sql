CREATE TABLE "consultation_reply" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"position" text,
	"reasons" text,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"signer_name" text,
	"signer_title" text,
	"letter_file" jsonb,
	"supersedes_id" uuid,
	"prepared_by" uuid NOT NULL,
	"sent_by" uuid,
	"sent_on" date,
	"sent_at" timestamp with time zone,
	"late" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"parent_request_id" uuid,
	"letter_number" text,
	"status" text DEFAULT 'sent' NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"added_reason" text,
	"note" text,
	"sent_on" date NOT NULL,
	"due_on" date NOT NULL,
	"answered_on" date,
	"reminder_offsets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sent_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_request_once" UNIQUE NULLS NOT DISTINCT("dossier_id","unit_id","parent_request_id")
);
--> statement-breakpoint
ALTER TABLE "consultation_reply" ADD CONSTRAINT "consultation_reply_request_id_consultation_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."consultation_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_reply" ADD CONSTRAINT "consultation_reply_supersedes_id_consultation_reply_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."consultation_reply"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_reply" ADD CONSTRAINT "consultation_reply_prepared_by_app_user_id_fk" FOREIGN KEY ("prepared_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_reply" ADD CONSTRAINT "consultation_reply_sent_by_app_user_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_request" ADD CONSTRAINT "consultation_request_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_request" ADD CONSTRAINT "consultation_request_unit_id_org_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_request" ADD CONSTRAINT "consultation_request_parent_request_id_consultation_request_id_fk" FOREIGN KEY ("parent_request_id") REFERENCES "public"."consultation_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_request" ADD CONSTRAINT "consultation_request_sent_by_app_user_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_reply_version_idx" ON "consultation_reply" USING btree ("request_id","version");--> statement-breakpoint
CREATE INDEX "consultation_reply_request_idx" ON "consultation_reply" USING btree ("request_id","status");--> statement-breakpoint
CREATE INDEX "consultation_request_dossier_idx" ON "consultation_request" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "consultation_request_unit_idx" ON "consultation_request" USING btree ("unit_id","status");