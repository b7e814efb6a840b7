DROP INDEX "jobs_org_status_activity_idx";--> statement-breakpoint
DROP INDEX "jobs_org_activity_idx";--> statement-breakpoint
DROP INDEX "jobs_provider_status_activity_idx";--> statement-breakpoint
DROP INDEX "jobs_org_created_idx";--> statement-breakpoint
DROP INDEX "jobs_org_provider_activity_idx";--> statement-breakpoint
CREATE INDEX "jobs_org_status_activity_idx" ON "jobs" USING btree ("organization_id","status","last_activity_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "jobs_org_activity_idx" ON "jobs" USING btree ("organization_id","last_activity_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "jobs_provider_status_activity_idx" ON "jobs" USING btree ("provider_id","status","last_activity_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "jobs_org_created_idx" ON "jobs" USING btree ("organization_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "jobs_org_provider_activity_idx" ON "jobs" USING btree ("organization_id","provider_id","last_activity_at" DESC NULLS LAST,"id" DESC NULLS LAST);