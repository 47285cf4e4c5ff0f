DROP INDEX "projects_group_status_idx";--> statement-breakpoint
DROP INDEX "projects_group_last_update_idx";--> statement-breakpoint
DROP INDEX "projects_group_awaiting_idx";--> statement-breakpoint
DROP INDEX "audit_events_group_created_idx";--> statement-breakpoint
DROP INDEX "audit_events_actor_created_idx";--> statement-breakpoint
DROP INDEX "comments_project_created_idx";--> statement-breakpoint
DROP INDEX "status_updates_project_created_idx";--> statement-breakpoint
DROP INDEX "status_updates_group_created_idx";--> statement-breakpoint
CREATE INDEX "comments_group_created_idx" ON "comments" USING btree ("group_id","created_at");--> statement-breakpoint
CREATE INDEX "status_confirmations_created_idx" ON "status_confirmations" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "audit_events_group_created_idx" ON "audit_events" USING btree ("group_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_events_actor_created_idx" ON "audit_events" USING btree ("actor_id","created_at");--> statement-breakpoint
CREATE INDEX "comments_project_created_idx" ON "comments" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE INDEX "status_updates_project_created_idx" ON "status_updates" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE INDEX "status_updates_group_created_idx" ON "status_updates" USING btree ("group_id","created_at");--> statement-breakpoint
-- A status update rewrites only unindexed columns of its project (see db/schema/projects.ts):
-- with room left on each page the new row version stays there (a HOT update) and no index,
-- least of all the search index, gets a new entry.
ALTER TABLE "projects" SET (fillfactor = 80);--> statement-breakpoint
-- Rewrites the table with that room; a group's projects end up side by side, in code order.
CLUSTER "projects" USING "projects_group_code_key";
