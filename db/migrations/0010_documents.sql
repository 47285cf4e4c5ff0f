CREATE TABLE "blob_chunks" (
	"blob_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "blob_chunks_blob_id_seq_pk" PRIMARY KEY("blob_id","seq"),
	CONSTRAINT "blob_chunks_seq" CHECK ("blob_chunks"."seq" >= 0)
);
--> statement-breakpoint
CREATE TABLE "blobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sha256" text,
	"size" bigint DEFAULT 0 NOT NULL,
	"content_type" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "blobs_sha256_key" UNIQUE("sha256"),
	CONSTRAINT "blobs_sha256_hex" CHECK ("blobs"."sha256" is null or "blobs"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "blobs_size_positive" CHECK ("blobs"."size" >= 0)
);
--> statement-breakpoint
CREATE TABLE "document_versions" (
	"document_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"blob_sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" bigint NOT NULL,
	"page_count" integer,
	"width" integer,
	"height" integer,
	"thumbnail_sha256" text,
	"uploaded_by_id" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_versions_document_id_number_pk" PRIMARY KEY("document_id","number"),
	CONSTRAINT "document_versions_number_positive" CHECK ("document_versions"."number" >= 1),
	CONSTRAINT "document_versions_size" CHECK ("document_versions"."size" >= 0),
	CONSTRAINT "document_versions_file_name" CHECK (length("document_versions"."file_name") between 1 and 255)
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"project_id" uuid,
	"status_update_id" uuid,
	"meeting_id" uuid,
	"agenda_item_id" uuid,
	"work_plan_id" uuid,
	"staged" boolean DEFAULT false NOT NULL,
	"title" text NOT NULL,
	"language" "locale",
	"translation_of" uuid,
	"current_version" integer DEFAULT 1 NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by_id" uuid,
	CONSTRAINT "documents_one_target" CHECK (num_nonnulls("documents"."project_id", "documents"."status_update_id", "documents"."meeting_id", "documents"."agenda_item_id", "documents"."work_plan_id") = 1),
	CONSTRAINT "documents_staged_on_project" CHECK (not "documents"."staged" or "documents"."project_id" is not null),
	CONSTRAINT "documents_title_length" CHECK (length(btrim("documents"."title")) between 1 and 200),
	CONSTRAINT "documents_not_own_translation" CHECK ("documents"."translation_of" <> "documents"."id"),
	CONSTRAINT "documents_version_positive" CHECK ("documents"."current_version" >= 1),
	CONSTRAINT "documents_deleted_together" CHECK ("documents"."deleted_at" is not null or "documents"."deleted_by_id" is null)
);
--> statement-breakpoint
ALTER TABLE "blob_chunks" ADD CONSTRAINT "blob_chunks_blob_id_blobs_id_fk" FOREIGN KEY ("blob_id") REFERENCES "public"."blobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_blob_sha256_blobs_sha256_fk" FOREIGN KEY ("blob_sha256") REFERENCES "public"."blobs"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_thumbnail_sha256_blobs_sha256_fk" FOREIGN KEY ("thumbnail_sha256") REFERENCES "public"."blobs"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_group_id_working_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."working_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_status_update_id_status_updates_id_fk" FOREIGN KEY ("status_update_id") REFERENCES "public"."status_updates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_project_same_group_fk" FOREIGN KEY ("project_id","group_id") REFERENCES "public"."projects"("id","group_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_meeting_same_group_fk" FOREIGN KEY ("meeting_id","group_id") REFERENCES "public"."meetings"("id","group_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_plan_same_group_fk" FOREIGN KEY ("work_plan_id","group_id") REFERENCES "public"."work_plans"("id","group_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_translation_of_fk" FOREIGN KEY ("translation_of") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_versions_blob_idx" ON "document_versions" USING btree ("blob_sha256");--> statement-breakpoint
CREATE INDEX "document_versions_thumbnail_idx" ON "document_versions" USING btree ("thumbnail_sha256");--> statement-breakpoint
CREATE INDEX "documents_project_idx" ON "documents" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "documents_status_update_idx" ON "documents" USING btree ("status_update_id");--> statement-breakpoint
CREATE INDEX "documents_meeting_idx" ON "documents" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "documents_agenda_item_idx" ON "documents" USING btree ("agenda_item_id");--> statement-breakpoint
CREATE INDEX "documents_plan_idx" ON "documents" USING btree ("work_plan_id");--> statement-breakpoint
CREATE INDEX "documents_translation_idx" ON "documents" USING btree ("translation_of");--> statement-breakpoint
CREATE INDEX "documents_group_created_idx" ON "documents" USING btree ("group_id","created_at");--> statement-breakpoint
-- File contents are mostly compressed already (PDF, JPEG, Office zips): store chunks out of line without trying pglz on each.
ALTER TABLE "blob_chunks" ALTER COLUMN "data" SET STORAGE EXTERNAL;
