import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_review_events_action" ADD VALUE 'commented';
  ALTER TYPE "public"."enum_review_events_action" ADD VALUE 'thread_resolved';
  ALTER TYPE "public"."enum_review_events_action" ADD VALUE 'thread_reopened';
  CREATE TABLE "review_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_collection" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"thread" varchar,
  	"anchor" jsonb,
  	"body" varchar NOT NULL,
  	"author_id" integer,
  	"author_user_id" varchar,
  	"author_name" varchar NOT NULL,
  	"resolved_at" timestamp(3) with time zone,
  	"resolved_by" varchar,
  	"resolved_by_name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "review_comments_document_collection_idx" ON "review_comments" USING btree ("document_collection");
  CREATE INDEX "review_comments_document_id_idx" ON "review_comments" USING btree ("document_id");
  CREATE INDEX "review_comments_thread_idx" ON "review_comments" USING btree ("thread");
  CREATE INDEX "review_comments_author_idx" ON "review_comments" USING btree ("author_id");
  CREATE INDEX "review_comments_updated_at_idx" ON "review_comments" USING btree ("updated_at");
  CREATE INDEX "review_comments_created_at_idx" ON "review_comments" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "review_comments" CASCADE;
  ALTER TABLE "review_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_review_events_action";
  CREATE TYPE "public"."enum_review_events_action" AS ENUM('submitted', 'claim_decided', 'changes_requested', 'signed', 'signoff_failed', 'invalidated', 'publish_blocked', 'published', 'unpublished', 'deleted', 'signer_profile_changed', 'bypass', 'assigned');
  ALTER TABLE "review_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_review_events_action" USING "action"::"public"."enum_review_events_action";`)
}
