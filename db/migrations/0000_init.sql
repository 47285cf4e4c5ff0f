CREATE TYPE "public"."currency" AS ENUM('NOK', 'RUB', 'EUR');--> statement-breakpoint
CREATE TYPE "public"."delegation" AS ENUM('NO', 'RU');--> statement-breakpoint
CREATE TYPE "public"."group_role" AS ENUM('coordinator', 'delegate', 'observer');--> statement-breakpoint
CREATE TYPE "public"."locale" AS ENUM('nb', 'ru', 'en');--> statement-breakpoint
CREATE TYPE "public"."meeting_state" AS ENUM('planned', 'held');--> statement-breakpoint
CREATE TYPE "public"."plan_state" AS ENUM('draft', 'approved', 'superseded');--> statement-breakpoint
CREATE TYPE "public"."project_health" AS ENUM('on_track', 'at_risk', 'off_track');--> statement-breakpoint
CREATE TYPE "public"."project_status" AS ENUM('proposed', 'planned', 'in_progress', 'completed', 'suspended', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."country" AS ENUM('NO', 'RU');--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"group_id" uuid,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"ip" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"locale" "locale" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "comments_body_not_blank" CHECK (length(btrim("comments"."body")) > 0)
);
--> statement-breakpoint
CREATE TABLE "status_confirmations" (
	"update_id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"delegation" "delegation" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "status_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"author_delegation" "delegation" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" "project_status" NOT NULL,
	"health" "project_health",
	"progress" smallint NOT NULL,
	"previous_status" "project_status",
	"previous_health" "project_health",
	"previous_progress" smallint,
	"note" text,
	"note_locale" "locale",
	"next_steps" text,
	CONSTRAINT "status_updates_progress_range" CHECK ("status_updates"."progress" between 0 and 100),
	CONSTRAINT "status_updates_previous_progress_range" CHECK ("status_updates"."previous_progress" is null or "status_updates"."previous_progress" between 0 and 100),
	CONSTRAINT "status_updates_health_only_when_active" CHECK ("status_updates"."health" is null or "status_updates"."status" in ('planned', 'in_progress')),
	CONSTRAINT "status_updates_note_language" CHECK (("status_updates"."note" is null and "status_updates"."next_steps" is null) or "status_updates"."note_locale" is not null)
);
--> statement-breakpoint
CREATE TABLE "action_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"meeting_id" uuid,
	"project_id" uuid,
	"text_nb" text,
	"text_ru" text,
	"text_en" text,
	"owner_id" uuid NOT NULL,
	"due_on" date,
	"done_at" timestamp with time zone,
	"done_by_id" uuid,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_items_has_text" CHECK (coalesce("action_items"."text_nb", "action_items"."text_ru", "action_items"."text_en") is not null)
);
--> statement-breakpoint
CREATE TABLE "agenda_item_projects" (
	"agenda_item_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	CONSTRAINT "agenda_item_projects_agenda_item_id_project_id_pk" PRIMARY KEY("agenda_item_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title_nb" text,
	"title_ru" text,
	"title_en" text,
	CONSTRAINT "agenda_items_has_title" CHECK (coalesce("agenda_items"."title_nb", "agenda_items"."title_ru", "agenda_items"."title_en") is not null)
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text_nb" text,
	"text_ru" text,
	"text_en" text,
	"project_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decisions_has_text" CHECK (coalesce("decisions"."text_nb", "decisions"."text_ru", "decisions"."text_en") is not null)
);
--> statement-breakpoint
CREATE TABLE "meeting_attendees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text,
	"delegation" "delegation" NOT NULL,
	"capacity" text,
	CONSTRAINT "meeting_attendees_named" CHECK ("meeting_attendees"."user_id" is not null or "meeting_attendees"."name" is not null)
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"city_nb" text,
	"city_ru" text,
	"city_en" text,
	"country" "country" NOT NULL,
	"state" "meeting_state" DEFAULT 'planned' NOT NULL,
	"minutes_nb" text,
	"minutes_ru" text,
	"minutes_en" text,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_id_group_key" UNIQUE("id","group_id"),
	CONSTRAINT "meetings_number_positive" CHECK ("meetings"."number" > 0),
	CONSTRAINT "meetings_dates_in_order" CHECK ("meetings"."ends_on" >= "meetings"."starts_on"),
	CONSTRAINT "meetings_has_city" CHECK (coalesce("meetings"."city_nb", "meetings"."city_ru", "meetings"."city_en") is not null),
	CONSTRAINT "meetings_closed_only_when_held" CHECK ("meetings"."closed_at" is null or "meetings"."state" = 'held')
);
--> statement-breakpoint
CREATE TABLE "cooperation_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"name_nb" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"position" integer NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cooperation_areas_id_group_key" UNIQUE("id","group_id")
);
--> statement-breakpoint
CREATE TABLE "milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"title_nb" text,
	"title_ru" text,
	"title_en" text,
	"due_on" date,
	"done_on" date,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "milestones_has_title" CHECK (coalesce("milestones"."title_nb", "milestones"."title_ru", "milestones"."title_en") is not null)
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"code" text NOT NULL,
	"area_id" uuid NOT NULL,
	"title_nb" text,
	"title_ru" text,
	"title_en" text,
	"summary_nb" text,
	"summary_ru" text,
	"summary_en" text,
	"text_edited_at" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" "project_status" DEFAULT 'proposed' NOT NULL,
	"health" "project_health",
	"progress" smallint DEFAULT 0 NOT NULL,
	"planned_start" date,
	"planned_end" date,
	"lead_org_no" text,
	"lead_org_ru" text,
	"contact_no_id" uuid,
	"contact_ru_id" uuid,
	"partners" text[] DEFAULT '{}'::text[] NOT NULL,
	"places" text[] DEFAULT '{}'::text[] NOT NULL,
	"funding_amount" numeric(14, 2),
	"funding_currency" "currency",
	"funding_source" text,
	"last_update_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_id_group_key" UNIQUE("id","group_id"),
	CONSTRAINT "projects_code_not_blank" CHECK (length(btrim("projects"."code")) > 0),
	CONSTRAINT "projects_progress_range" CHECK ("projects"."progress" between 0 and 100),
	CONSTRAINT "projects_has_title" CHECK (coalesce("projects"."title_nb", "projects"."title_ru", "projects"."title_en") is not null),
	CONSTRAINT "projects_health_only_when_active" CHECK ("projects"."health" is null or "projects"."status" in ('planned', 'in_progress')),
	CONSTRAINT "projects_dates_in_order" CHECK ("projects"."planned_start" is null or "projects"."planned_end" is null or "projects"."planned_end" >= "projects"."planned_start"),
	CONSTRAINT "projects_funding_complete" CHECK (("projects"."funding_amount" is null) = ("projects"."funding_currency" is null) and coalesce("projects"."funding_amount", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "work_plan_projects" (
	"plan_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"carried_over" boolean DEFAULT false NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_plan_projects_plan_id_project_id_pk" PRIMARY KEY("plan_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "work_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"period_start" smallint NOT NULL,
	"period_end" smallint NOT NULL,
	"state" "plan_state" DEFAULT 'draft' NOT NULL,
	"approved_on" date,
	"approved_at_meeting_id" uuid,
	"superseded_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_plans_id_group_key" UNIQUE("id","group_id"),
	CONSTRAINT "work_plans_period_in_order" CHECK ("work_plans"."period_end" >= "work_plans"."period_start"),
	CONSTRAINT "work_plans_approval_recorded" CHECK ("work_plans"."state" = 'draft' or "work_plans"."approved_on" is not null)
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"user_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"role" "group_role" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_user_id_group_id_pk" PRIMARY KEY("user_id","group_id")
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"delegation" "delegation" NOT NULL,
	"locale" "locale" NOT NULL,
	"position" text,
	"password_hash" text NOT NULL,
	"is_admin" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_lowercase" CHECK ("users"."email" = lower("users"."email")),
	CONSTRAINT "users_name_not_blank" CHECK (length(btrim("users"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "working_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name_nb" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"commission_nb" text NOT NULL,
	"commission_ru" text NOT NULL,
	"commission_en" text NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "working_groups_slug_format" CHECK ("working_groups"."slug" ~ '^[a-z0-9][a-z0-9-]{0,62}$')
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_group_id_working_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."working_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_project_fk" FOREIGN KEY ("project_id","group_id") REFERENCES "public"."projects"("id","group_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_confirmations" ADD CONSTRAINT "status_confirmations_update_id_status_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."status_updates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_confirmations" ADD CONSTRAINT "status_confirmations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_project_fk" FOREIGN KEY ("project_id","group_id") REFERENCES "public"."projects"("id","group_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_group_id_working_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."working_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_done_by_id_users_id_fk" FOREIGN KEY ("done_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_meeting_same_group_fk" FOREIGN KEY ("meeting_id","group_id") REFERENCES "public"."meetings"("id","group_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_project_same_group_fk" FOREIGN KEY ("project_id","group_id") REFERENCES "public"."projects"("id","group_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item_projects" ADD CONSTRAINT "agenda_item_projects_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item_projects" ADD CONSTRAINT "agenda_item_projects_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_group_id_working_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."working_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_areas" ADD CONSTRAINT "cooperation_areas_group_id_working_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."working_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_group_id_working_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."working_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_contact_no_id_users_id_fk" FOREIGN KEY ("contact_no_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_contact_ru_id_users_id_fk" FOREIGN KEY ("contact_ru_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_area_same_group_fk" FOREIGN KEY ("area_id","group_id") REFERENCES "public"."cooperation_areas"("id","group_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_projects" ADD CONSTRAINT "work_plan_projects_plan_fk" FOREIGN KEY ("plan_id","group_id") REFERENCES "public"."work_plans"("id","group_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_projects" ADD CONSTRAINT "work_plan_projects_project_fk" FOREIGN KEY ("project_id","group_id") REFERENCES "public"."projects"("id","group_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_group_id_working_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."working_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_meeting_same_group_fk" FOREIGN KEY ("approved_at_meeting_id","group_id") REFERENCES "public"."meetings"("id","group_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_group_id_working_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."working_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_group_created_idx" ON "audit_events" USING btree ("group_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_events_actor_created_idx" ON "audit_events" USING btree ("actor_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "comments_project_created_idx" ON "comments" USING btree ("project_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "status_confirmations_user_idx" ON "status_confirmations" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "status_updates_project_created_idx" ON "status_updates" USING btree ("project_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "status_updates_group_created_idx" ON "status_updates" USING btree ("group_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "status_updates_author_idx" ON "status_updates" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "action_items_group_due_idx" ON "action_items" USING btree ("group_id","due_on");--> statement-breakpoint
CREATE INDEX "action_items_owner_idx" ON "action_items" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "action_items_project_idx" ON "action_items" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "agenda_item_projects_project_idx" ON "agenda_item_projects" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "agenda_items_meeting_idx" ON "agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "decisions_meeting_idx" ON "decisions" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_attendees_user_key" ON "meeting_attendees" USING btree ("meeting_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_group_number_key" ON "meetings" USING btree ("group_id","number");--> statement-breakpoint
CREATE INDEX "meetings_group_starts_idx" ON "meetings" USING btree ("group_id","starts_on");--> statement-breakpoint
CREATE INDEX "cooperation_areas_group_position_idx" ON "cooperation_areas" USING btree ("group_id","position");--> statement-breakpoint
CREATE INDEX "milestones_project_idx" ON "milestones" USING btree ("project_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "projects_group_code_key" ON "projects" USING btree ("group_id","code");--> statement-breakpoint
CREATE INDEX "projects_group_area_idx" ON "projects" USING btree ("group_id","area_id");--> statement-breakpoint
CREATE INDEX "projects_group_status_idx" ON "projects" USING btree ("group_id","status");--> statement-breakpoint
CREATE INDEX "projects_group_end_idx" ON "projects" USING btree ("group_id","planned_end");--> statement-breakpoint
CREATE INDEX "projects_group_last_update_idx" ON "projects" USING btree ("group_id","last_update_at");--> statement-breakpoint
CREATE INDEX "projects_contact_no_idx" ON "projects" USING btree ("contact_no_id");--> statement-breakpoint
CREATE INDEX "projects_contact_ru_idx" ON "projects" USING btree ("contact_ru_id");--> statement-breakpoint
CREATE INDEX "work_plan_projects_project_idx" ON "work_plan_projects" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "work_plans_group_number_key" ON "work_plans" USING btree ("group_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "work_plans_one_approved_key" ON "work_plans" USING btree ("group_id") WHERE "work_plans"."state" = 'approved';--> statement-breakpoint
CREATE INDEX "memberships_group_idx" ON "memberships" USING btree ("group_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "working_groups_slug_key" ON "working_groups" USING btree ("slug");