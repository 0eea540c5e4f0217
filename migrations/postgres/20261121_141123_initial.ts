import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_medical_review_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_medical_review_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_faqs_medical_review_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_faqs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_version_medical_review_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__faqs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_trials_phases" AS ENUM('NA', 'EARLY_PHASE1', 'PHASE1', 'PHASE2', 'PHASE3', 'PHASE4');
  CREATE TYPE "public"."enum_trials_interventions_type" AS ENUM('BEHAVIORAL', 'BIOLOGICAL', 'COMBINATION_PRODUCT', 'DEVICE', 'DIAGNOSTIC_TEST', 'DIETARY_SUPPLEMENT', 'DRUG', 'GENETIC', 'PROCEDURE', 'RADIATION', 'OTHER');
  CREATE TYPE "public"."enum_trials_locations_status" AS ENUM('ACTIVE_NOT_RECRUITING', 'COMPLETED', 'ENROLLING_BY_INVITATION', 'NOT_YET_RECRUITING', 'RECRUITING', 'SUSPENDED', 'TERMINATED', 'WITHDRAWN', 'AVAILABLE', 'NO_LONGER_AVAILABLE', 'TEMPORARILY_NOT_AVAILABLE', 'APPROVED_FOR_MARKETING', 'WITHHELD', 'UNKNOWN');
  CREATE TYPE "public"."enum_trials_overall_status" AS ENUM('ACTIVE_NOT_RECRUITING', 'COMPLETED', 'ENROLLING_BY_INVITATION', 'NOT_YET_RECRUITING', 'RECRUITING', 'SUSPENDED', 'TERMINATED', 'WITHDRAWN', 'AVAILABLE', 'NO_LONGER_AVAILABLE', 'TEMPORARILY_NOT_AVAILABLE', 'APPROVED_FOR_MARKETING', 'WITHHELD', 'UNKNOWN');
  CREATE TYPE "public"."enum_trials_medical_review_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum_trials_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__trials_v_version_phases" AS ENUM('NA', 'EARLY_PHASE1', 'PHASE1', 'PHASE2', 'PHASE3', 'PHASE4');
  CREATE TYPE "public"."enum__trials_v_version_interventions_type" AS ENUM('BEHAVIORAL', 'BIOLOGICAL', 'COMBINATION_PRODUCT', 'DEVICE', 'DIAGNOSTIC_TEST', 'DIETARY_SUPPLEMENT', 'DRUG', 'GENETIC', 'PROCEDURE', 'RADIATION', 'OTHER');
  CREATE TYPE "public"."enum__trials_v_version_locations_status" AS ENUM('ACTIVE_NOT_RECRUITING', 'COMPLETED', 'ENROLLING_BY_INVITATION', 'NOT_YET_RECRUITING', 'RECRUITING', 'SUSPENDED', 'TERMINATED', 'WITHDRAWN', 'AVAILABLE', 'NO_LONGER_AVAILABLE', 'TEMPORARILY_NOT_AVAILABLE', 'APPROVED_FOR_MARKETING', 'WITHHELD', 'UNKNOWN');
  CREATE TYPE "public"."enum__trials_v_version_overall_status" AS ENUM('ACTIVE_NOT_RECRUITING', 'COMPLETED', 'ENROLLING_BY_INVITATION', 'NOT_YET_RECRUITING', 'RECRUITING', 'SUSPENDED', 'TERMINATED', 'WITHDRAWN', 'AVAILABLE', 'NO_LONGER_AVAILABLE', 'TEMPORARILY_NOT_AVAILABLE', 'APPROVED_FOR_MARKETING', 'WITHHELD', 'UNKNOWN');
  CREATE TYPE "public"."enum__trials_v_version_medical_review_status" AS ENUM('draft', 'in_review', 'changes_requested', 'approved');
  CREATE TYPE "public"."enum__trials_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'writer', 'reviewer');
  CREATE TYPE "public"."enum_review_events_action" AS ENUM('submitted', 'claim_decided', 'changes_requested', 'signed', 'invalidated', 'publish_blocked', 'published', 'unpublished', 'bypass');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'medicalReviewWebhook', 'medicalReviewDue', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'medicalReviewWebhook', 'medicalReviewDue', 'schedulePublish');
  CREATE TABLE "articles_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar,
  	"pmid" varchar,
  	"doi" varchar,
  	"nct_id" varchar
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"author_id" integer,
  	"medical_review_status" "enum_articles_medical_review_status" DEFAULT 'draft',
  	"medical_review_fingerprint" varchar,
  	"medical_review_content_edited_by" varchar,
  	"medical_review_claims" jsonb,
  	"medical_review_sign_off" jsonb,
  	"medical_review_changes_requested" jsonb,
  	"medical_review_last_reviewed" timestamp(3) with time zone,
  	"medical_review_next_review_due" timestamp(3) with time zone,
  	"review_reviewed_by" jsonb,
  	"review_last_reviewed" timestamp(3) with time zone,
  	"review_next_review_due" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"faqs_id" integer,
  	"trials_id" integer
  );
  
  CREATE TABLE "_articles_v_version_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar,
  	"pmid" varchar,
  	"doi" varchar,
  	"nct_id" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_author_id" integer,
  	"version_medical_review_status" "enum__articles_v_version_medical_review_status" DEFAULT 'draft',
  	"version_medical_review_fingerprint" varchar,
  	"version_medical_review_content_edited_by" varchar,
  	"version_medical_review_claims" jsonb,
  	"version_medical_review_sign_off" jsonb,
  	"version_medical_review_changes_requested" jsonb,
  	"version_medical_review_last_reviewed" timestamp(3) with time zone,
  	"version_medical_review_next_review_due" timestamp(3) with time zone,
  	"version_review_reviewed_by" jsonb,
  	"version_review_last_reviewed" timestamp(3) with time zone,
  	"version_review_next_review_due" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_articles_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"faqs_id" integer,
  	"trials_id" integer
  );
  
  CREATE TABLE "faqs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" jsonb,
  	"article_id" integer,
  	"order" numeric DEFAULT 0,
  	"medical_review_status" "enum_faqs_medical_review_status" DEFAULT 'draft',
  	"medical_review_fingerprint" varchar,
  	"medical_review_content_edited_by" varchar,
  	"medical_review_claims" jsonb,
  	"medical_review_sign_off" jsonb,
  	"medical_review_changes_requested" jsonb,
  	"medical_review_last_reviewed" timestamp(3) with time zone,
  	"medical_review_next_review_due" timestamp(3) with time zone,
  	"review_reviewed_by" jsonb,
  	"review_last_reviewed" timestamp(3) with time zone,
  	"review_next_review_due" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_faqs_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_faqs_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_question" varchar,
  	"version_answer" jsonb,
  	"version_article_id" integer,
  	"version_order" numeric DEFAULT 0,
  	"version_medical_review_status" "enum__faqs_v_version_medical_review_status" DEFAULT 'draft',
  	"version_medical_review_fingerprint" varchar,
  	"version_medical_review_content_edited_by" varchar,
  	"version_medical_review_claims" jsonb,
  	"version_medical_review_sign_off" jsonb,
  	"version_medical_review_changes_requested" jsonb,
  	"version_medical_review_last_reviewed" timestamp(3) with time zone,
  	"version_medical_review_next_review_due" timestamp(3) with time zone,
  	"version_review_reviewed_by" jsonb,
  	"version_review_last_reviewed" timestamp(3) with time zone,
  	"version_review_next_review_due" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__faqs_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "trials_phases" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_trials_phases",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "trials_interventions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"type" "enum_trials_interventions_type"
  );
  
  CREATE TABLE "trials_locations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"facility" varchar,
  	"city" varchar,
  	"country" varchar,
  	"status" "enum_trials_locations_status"
  );
  
  CREATE TABLE "trials" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"nct_id" varchar,
  	"title" varchar,
  	"overall_status" "enum_trials_overall_status",
  	"sponsor" varchar,
  	"eligibility_summary" varchar,
  	"study_url" varchar,
  	"last_verified" timestamp(3) with time zone,
  	"medical_review_status" "enum_trials_medical_review_status" DEFAULT 'draft',
  	"medical_review_fingerprint" varchar,
  	"medical_review_content_edited_by" varchar,
  	"medical_review_claims" jsonb,
  	"medical_review_sign_off" jsonb,
  	"medical_review_changes_requested" jsonb,
  	"medical_review_last_reviewed" timestamp(3) with time zone,
  	"medical_review_next_review_due" timestamp(3) with time zone,
  	"review_reviewed_by" jsonb,
  	"review_last_reviewed" timestamp(3) with time zone,
  	"review_next_review_due" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_trials_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "trials_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_trials_v_version_phases" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__trials_v_version_phases",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_trials_v_version_interventions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"type" "enum__trials_v_version_interventions_type",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_trials_v_version_locations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"facility" varchar,
  	"city" varchar,
  	"country" varchar,
  	"status" "enum__trials_v_version_locations_status",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_trials_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_nct_id" varchar,
  	"version_title" varchar,
  	"version_overall_status" "enum__trials_v_version_overall_status",
  	"version_sponsor" varchar,
  	"version_eligibility_summary" varchar,
  	"version_study_url" varchar,
  	"version_last_verified" timestamp(3) with time zone,
  	"version_medical_review_status" "enum__trials_v_version_medical_review_status" DEFAULT 'draft',
  	"version_medical_review_fingerprint" varchar,
  	"version_medical_review_content_edited_by" varchar,
  	"version_medical_review_claims" jsonb,
  	"version_medical_review_sign_off" jsonb,
  	"version_medical_review_changes_requested" jsonb,
  	"version_medical_review_last_reviewed" timestamp(3) with time zone,
  	"version_medical_review_next_review_due" timestamp(3) with time zone,
  	"version_review_reviewed_by" jsonb,
  	"version_review_last_reviewed" timestamp(3) with time zone,
  	"version_review_next_review_due" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__trials_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_trials_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"reviewer_profile_display_name" varchar,
  	"reviewer_profile_credentials" varchar,
  	"reviewer_profile_specialty" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "review_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"sequence" numeric NOT NULL,
  	"action" "enum_review_events_action" NOT NULL,
  	"actor_id" integer,
  	"actor_user_id" varchar,
  	"actor_name" varchar NOT NULL,
  	"actor_credentials" varchar,
  	"meaning" varchar NOT NULL,
  	"document_collection" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"fingerprint" varchar,
  	"details" jsonb,
  	"occurred_at" timestamp(3) with time zone NOT NULL,
  	"prev_hash" varchar NOT NULL,
  	"hash" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_due_notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"title" varchar,
  	"document_collection" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"next_review_due" timestamp(3) with time zone NOT NULL,
  	"notified_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"faqs_id" integer,
  	"trials_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "articles_references" ADD CONSTRAINT "articles_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_texts" ADD CONSTRAINT "articles_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_trials_fk" FOREIGN KEY ("trials_id") REFERENCES "public"."trials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_references" ADD CONSTRAINT "_articles_v_version_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_texts" ADD CONSTRAINT "_articles_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_trials_fk" FOREIGN KEY ("trials_id") REFERENCES "public"."trials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_parent_id_faqs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_article_id_articles_id_fk" FOREIGN KEY ("version_article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "trials_phases" ADD CONSTRAINT "trials_phases_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trials_interventions" ADD CONSTRAINT "trials_interventions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trials_locations" ADD CONSTRAINT "trials_locations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trials_texts" ADD CONSTRAINT "trials_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trials_v_version_phases" ADD CONSTRAINT "_trials_v_version_phases_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_trials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trials_v_version_interventions" ADD CONSTRAINT "_trials_v_version_interventions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trials_v_version_locations" ADD CONSTRAINT "_trials_v_version_locations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trials_v" ADD CONSTRAINT "_trials_v_parent_id_trials_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trials_v_texts" ADD CONSTRAINT "_trials_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_trials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_events" ADD CONSTRAINT "review_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_trials_fk" FOREIGN KEY ("trials_id") REFERENCES "public"."trials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_references_order_idx" ON "articles_references" USING btree ("_order");
  CREATE INDEX "articles_references_parent_id_idx" ON "articles_references" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_author_idx" ON "articles" USING btree ("author_id");
  CREATE INDEX "articles_medical_review_medical_review_status_idx" ON "articles" USING btree ("medical_review_status");
  CREATE INDEX "articles_medical_review_medical_review_next_review_due_idx" ON "articles" USING btree ("medical_review_next_review_due");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "articles_texts_order_parent" ON "articles_texts" USING btree ("order","parent_id");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_faqs_id_idx" ON "articles_rels" USING btree ("faqs_id");
  CREATE INDEX "articles_rels_trials_id_idx" ON "articles_rels" USING btree ("trials_id");
  CREATE INDEX "_articles_v_version_references_order_idx" ON "_articles_v_version_references" USING btree ("_order");
  CREATE INDEX "_articles_v_version_references_parent_id_idx" ON "_articles_v_version_references" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_author_idx" ON "_articles_v" USING btree ("version_author_id");
  CREATE INDEX "_articles_v_version_medical_review_version_medical_revie_idx" ON "_articles_v" USING btree ("version_medical_review_status");
  CREATE INDEX "_articles_v_version_medical_review_version_medical_rev_1_idx" ON "_articles_v" USING btree ("version_medical_review_next_review_due");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_autosave_idx" ON "_articles_v" USING btree ("autosave");
  CREATE INDEX "_articles_v_texts_order_parent" ON "_articles_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_faqs_id_idx" ON "_articles_v_rels" USING btree ("faqs_id");
  CREATE INDEX "_articles_v_rels_trials_id_idx" ON "_articles_v_rels" USING btree ("trials_id");
  CREATE INDEX "faqs_article_idx" ON "faqs" USING btree ("article_id");
  CREATE INDEX "faqs_medical_review_medical_review_status_idx" ON "faqs" USING btree ("medical_review_status");
  CREATE INDEX "faqs_medical_review_medical_review_next_review_due_idx" ON "faqs" USING btree ("medical_review_next_review_due");
  CREATE INDEX "faqs_updated_at_idx" ON "faqs" USING btree ("updated_at");
  CREATE INDEX "faqs_created_at_idx" ON "faqs" USING btree ("created_at");
  CREATE INDEX "faqs__status_idx" ON "faqs" USING btree ("_status");
  CREATE INDEX "_faqs_v_parent_idx" ON "_faqs_v" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_version_version_article_idx" ON "_faqs_v" USING btree ("version_article_id");
  CREATE INDEX "_faqs_v_version_medical_review_version_medical_review_st_idx" ON "_faqs_v" USING btree ("version_medical_review_status");
  CREATE INDEX "_faqs_v_version_medical_review_version_medical_review_ne_idx" ON "_faqs_v" USING btree ("version_medical_review_next_review_due");
  CREATE INDEX "_faqs_v_version_version_updated_at_idx" ON "_faqs_v" USING btree ("version_updated_at");
  CREATE INDEX "_faqs_v_version_version_created_at_idx" ON "_faqs_v" USING btree ("version_created_at");
  CREATE INDEX "_faqs_v_version_version__status_idx" ON "_faqs_v" USING btree ("version__status");
  CREATE INDEX "_faqs_v_created_at_idx" ON "_faqs_v" USING btree ("created_at");
  CREATE INDEX "_faqs_v_updated_at_idx" ON "_faqs_v" USING btree ("updated_at");
  CREATE INDEX "_faqs_v_latest_idx" ON "_faqs_v" USING btree ("latest");
  CREATE INDEX "_faqs_v_autosave_idx" ON "_faqs_v" USING btree ("autosave");
  CREATE INDEX "trials_phases_order_idx" ON "trials_phases" USING btree ("order");
  CREATE INDEX "trials_phases_parent_idx" ON "trials_phases" USING btree ("parent_id");
  CREATE INDEX "trials_interventions_order_idx" ON "trials_interventions" USING btree ("_order");
  CREATE INDEX "trials_interventions_parent_id_idx" ON "trials_interventions" USING btree ("_parent_id");
  CREATE INDEX "trials_locations_order_idx" ON "trials_locations" USING btree ("_order");
  CREATE INDEX "trials_locations_parent_id_idx" ON "trials_locations" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "trials_nct_id_idx" ON "trials" USING btree ("nct_id");
  CREATE INDEX "trials_medical_review_medical_review_status_idx" ON "trials" USING btree ("medical_review_status");
  CREATE INDEX "trials_medical_review_medical_review_next_review_due_idx" ON "trials" USING btree ("medical_review_next_review_due");
  CREATE INDEX "trials_updated_at_idx" ON "trials" USING btree ("updated_at");
  CREATE INDEX "trials_created_at_idx" ON "trials" USING btree ("created_at");
  CREATE INDEX "trials__status_idx" ON "trials" USING btree ("_status");
  CREATE INDEX "trials_texts_order_parent" ON "trials_texts" USING btree ("order","parent_id");
  CREATE INDEX "_trials_v_version_phases_order_idx" ON "_trials_v_version_phases" USING btree ("order");
  CREATE INDEX "_trials_v_version_phases_parent_idx" ON "_trials_v_version_phases" USING btree ("parent_id");
  CREATE INDEX "_trials_v_version_interventions_order_idx" ON "_trials_v_version_interventions" USING btree ("_order");
  CREATE INDEX "_trials_v_version_interventions_parent_id_idx" ON "_trials_v_version_interventions" USING btree ("_parent_id");
  CREATE INDEX "_trials_v_version_locations_order_idx" ON "_trials_v_version_locations" USING btree ("_order");
  CREATE INDEX "_trials_v_version_locations_parent_id_idx" ON "_trials_v_version_locations" USING btree ("_parent_id");
  CREATE INDEX "_trials_v_parent_idx" ON "_trials_v" USING btree ("parent_id");
  CREATE INDEX "_trials_v_version_version_nct_id_idx" ON "_trials_v" USING btree ("version_nct_id");
  CREATE INDEX "_trials_v_version_medical_review_version_medical_review__idx" ON "_trials_v" USING btree ("version_medical_review_status");
  CREATE INDEX "_trials_v_version_medical_review_version_medical_revie_1_idx" ON "_trials_v" USING btree ("version_medical_review_next_review_due");
  CREATE INDEX "_trials_v_version_version_updated_at_idx" ON "_trials_v" USING btree ("version_updated_at");
  CREATE INDEX "_trials_v_version_version_created_at_idx" ON "_trials_v" USING btree ("version_created_at");
  CREATE INDEX "_trials_v_version_version__status_idx" ON "_trials_v" USING btree ("version__status");
  CREATE INDEX "_trials_v_created_at_idx" ON "_trials_v" USING btree ("created_at");
  CREATE INDEX "_trials_v_updated_at_idx" ON "_trials_v" USING btree ("updated_at");
  CREATE INDEX "_trials_v_latest_idx" ON "_trials_v" USING btree ("latest");
  CREATE INDEX "_trials_v_autosave_idx" ON "_trials_v" USING btree ("autosave");
  CREATE INDEX "_trials_v_texts_order_parent" ON "_trials_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "review_events_sequence_idx" ON "review_events" USING btree ("sequence");
  CREATE INDEX "review_events_actor_idx" ON "review_events" USING btree ("actor_id");
  CREATE INDEX "review_events_document_id_idx" ON "review_events" USING btree ("document_id");
  CREATE INDEX "review_events_updated_at_idx" ON "review_events" USING btree ("updated_at");
  CREATE INDEX "review_events_created_at_idx" ON "review_events" USING btree ("created_at");
  CREATE UNIQUE INDEX "review_due_notices_key_idx" ON "review_due_notices" USING btree ("key");
  CREATE INDEX "review_due_notices_document_collection_idx" ON "review_due_notices" USING btree ("document_collection");
  CREATE INDEX "review_due_notices_document_id_idx" ON "review_due_notices" USING btree ("document_id");
  CREATE INDEX "review_due_notices_updated_at_idx" ON "review_due_notices" USING btree ("updated_at");
  CREATE INDEX "review_due_notices_created_at_idx" ON "review_due_notices" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_faqs_id_idx" ON "payload_locked_documents_rels" USING btree ("faqs_id");
  CREATE INDEX "payload_locked_documents_rels_trials_id_idx" ON "payload_locked_documents_rels" USING btree ("trials_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles_references" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_texts" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_version_references" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_texts" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "faqs" CASCADE;
  DROP TABLE "_faqs_v" CASCADE;
  DROP TABLE "trials_phases" CASCADE;
  DROP TABLE "trials_interventions" CASCADE;
  DROP TABLE "trials_locations" CASCADE;
  DROP TABLE "trials" CASCADE;
  DROP TABLE "trials_texts" CASCADE;
  DROP TABLE "_trials_v_version_phases" CASCADE;
  DROP TABLE "_trials_v_version_interventions" CASCADE;
  DROP TABLE "_trials_v_version_locations" CASCADE;
  DROP TABLE "_trials_v" CASCADE;
  DROP TABLE "_trials_v_texts" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "review_events" CASCADE;
  DROP TABLE "review_due_notices" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."enum_articles_medical_review_status";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_medical_review_status";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum_faqs_medical_review_status";
  DROP TYPE "public"."enum_faqs_status";
  DROP TYPE "public"."enum__faqs_v_version_medical_review_status";
  DROP TYPE "public"."enum__faqs_v_version_status";
  DROP TYPE "public"."enum_trials_phases";
  DROP TYPE "public"."enum_trials_interventions_type";
  DROP TYPE "public"."enum_trials_locations_status";
  DROP TYPE "public"."enum_trials_overall_status";
  DROP TYPE "public"."enum_trials_medical_review_status";
  DROP TYPE "public"."enum_trials_status";
  DROP TYPE "public"."enum__trials_v_version_phases";
  DROP TYPE "public"."enum__trials_v_version_interventions_type";
  DROP TYPE "public"."enum__trials_v_version_locations_status";
  DROP TYPE "public"."enum__trials_v_version_overall_status";
  DROP TYPE "public"."enum__trials_v_version_medical_review_status";
  DROP TYPE "public"."enum__trials_v_version_status";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_review_events_action";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
