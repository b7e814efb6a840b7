CREATE TABLE "job_status_counts" (
	"organization_id" uuid NOT NULL,
	"status" "job_status" NOT NULL,
	"jobs" bigint NOT NULL,
	CONSTRAINT "job_status_counts_organization_id_status_pk" PRIMARY KEY("organization_id","status")
);
--> statement-breakpoint
ALTER TABLE "job_status_counts" ADD CONSTRAINT "job_status_counts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Statement-level, with transition tables: a bulk load or a mutation touches each counter once.
-- Rows are written in key order, so two transactions never take the same counters in opposite order.
CREATE FUNCTION "job_status_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "job_status_counts" ("organization_id", "status", "jobs")
    SELECT org, status, sum(n) FROM (
      SELECT "organization_id" AS org, "status", 1 AS n FROM new_jobs
      UNION ALL SELECT "provider_id", "status", 1 FROM new_jobs WHERE "provider_id" <> "organization_id"
    ) d GROUP BY org, status ORDER BY org, status
    ON CONFLICT ("organization_id", "status") DO UPDATE SET "jobs" = "job_status_counts"."jobs" + excluded."jobs";
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "job_status_counts" ("organization_id", "status", "jobs")
    SELECT org, status, sum(n) FROM (
      SELECT "organization_id" AS org, "status", 1 AS n FROM new_jobs
      UNION ALL SELECT "provider_id", "status", 1 FROM new_jobs WHERE "provider_id" <> "organization_id"
      UNION ALL SELECT "organization_id", "status", -1 FROM old_jobs
      UNION ALL SELECT "provider_id", "status", -1 FROM old_jobs WHERE "provider_id" <> "organization_id"
    ) d GROUP BY org, status HAVING sum(n) <> 0 ORDER BY org, status
    ON CONFLICT ("organization_id", "status") DO UPDATE SET "jobs" = "job_status_counts"."jobs" + excluded."jobs";
  ELSE
    UPDATE "job_status_counts" c SET "jobs" = c."jobs" - d.n FROM (
      SELECT org, status, sum(n) AS n FROM (
        SELECT "organization_id" AS org, "status", 1 AS n FROM old_jobs
        UNION ALL SELECT "provider_id", "status", 1 FROM old_jobs WHERE "provider_id" <> "organization_id"
      ) x GROUP BY org, status
    ) d WHERE c."organization_id" = d.org AND c."status" = d.status;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "job_status_counts_on_insert" AFTER INSERT ON "jobs" REFERENCING NEW TABLE AS new_jobs FOR EACH STATEMENT EXECUTE FUNCTION "job_status_counts_apply"();--> statement-breakpoint
CREATE TRIGGER "job_status_counts_on_update" AFTER UPDATE ON "jobs" REFERENCING OLD TABLE AS old_jobs NEW TABLE AS new_jobs FOR EACH STATEMENT EXECUTE FUNCTION "job_status_counts_apply"();--> statement-breakpoint
CREATE TRIGGER "job_status_counts_on_delete" AFTER DELETE ON "jobs" REFERENCING OLD TABLE AS old_jobs FOR EACH STATEMENT EXECUTE FUNCTION "job_status_counts_apply"();--> statement-breakpoint
INSERT INTO "job_status_counts" ("organization_id", "status", "jobs")
SELECT org, status, count(*) FROM (
  SELECT "organization_id" AS org, "status" FROM "jobs"
  UNION ALL SELECT "provider_id", "status" FROM "jobs" WHERE "provider_id" <> "organization_id"
) d GROUP BY org, status;
