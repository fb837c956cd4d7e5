CREATE TABLE "certificate_decision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"certificate_id" uuid NOT NULL,
	"decision_status" text NOT NULL,
	"effective_on" date NOT NULL,
	"decision_number" text NOT NULL,
	"reason" text,
	"proposed_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "certificate_decision_status_ck" CHECK ("certificate_decision"."decision_status" in ('in_force', 'suspended', 'terminated', 'revoked'))
);
--> statement-breakpoint
ALTER TABLE "certificate_decision" ADD CONSTRAINT "certificate_decision_certificate_id_certificate_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificate"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certificate_decision_certificate_idx" ON "certificate_decision" USING btree ("certificate_id","effective_on");