CREATE TABLE "customer_name_keys" (
	"organization_id" uuid NOT NULL,
	"name_key" text NOT NULL,
	CONSTRAINT "customer_name_keys_organization_id_name_key_pk" PRIMARY KEY("organization_id","name_key")
);
--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "customer_name_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "customer_name_keys" ADD CONSTRAINT "customer_name_keys_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Existing rows: the name moves out of search_text into customer_name_key and the dictionary (jobSearchText in insert-job.ts builds the same text).
UPDATE "jobs" SET
	"customer_name_key" = lower(c."name"),
	"search_text" = lower(concat_ws(' ', '#' || "jobs"."number", nullif("jobs"."external_id", ''), c."phone", nullif(regexp_replace(c."phone", '^[+]1', ''), ''),
		"jobs"."address_line1", nullif("jobs"."address_line2", ''), "jobs"."city", "jobs"."region", "jobs"."postal_code"))
FROM "customers" c WHERE c."id" = "jobs"."customer_id";--> statement-breakpoint
INSERT INTO "customer_name_keys" ("organization_id", "name_key") SELECT DISTINCT "organization_id", "customer_name_key" FROM "jobs";--> statement-breakpoint
CREATE INDEX "customer_name_keys_trgm_idx" ON "customer_name_keys" USING gin ("name_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "jobs_org_name_activity_idx" ON "jobs" USING btree ("organization_id","customer_name_key","last_activity_at" DESC NULLS LAST,"id" DESC NULLS LAST);