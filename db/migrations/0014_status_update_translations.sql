CREATE TABLE "status_update_translations" (
	"update_id" uuid NOT NULL,
	"locale" "locale" NOT NULL,
	"note" text,
	"next_steps" text,
	"translated_by_id" uuid NOT NULL,
	"translated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source_hash" text NOT NULL,
	CONSTRAINT "status_update_translations_update_id_locale_pk" PRIMARY KEY("update_id","locale"),
	CONSTRAINT "status_update_translations_has_text" CHECK ("status_update_translations"."note" is not null or "status_update_translations"."next_steps" is not null)
);
--> statement-breakpoint
ALTER TABLE "status_update_translations" ADD CONSTRAINT "status_update_translations_update_id_status_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."status_updates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_update_translations" ADD CONSTRAINT "status_update_translations_translated_by_id_users_id_fk" FOREIGN KEY ("translated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "status_update_translations_by_idx" ON "status_update_translations" USING btree ("translated_by_id");