ALTER TABLE "projects" ADD COLUMN "awaiting_confirmation_from" "delegation";--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "search_text" text GENERATED ALWAYS AS (workplan_project_search_text(code, title_nb, title_ru, title_en, summary_nb, summary_ru, summary_en, lead_org_no, lead_org_ru, places, partners)) STORED;--> statement-breakpoint
CREATE INDEX "projects_group_awaiting_idx" ON "projects" USING btree ("group_id","awaiting_confirmation_from");--> statement-breakpoint
CREATE INDEX "projects_search_idx" ON "projects" USING gin ("search_text" gin_trgm_ops);