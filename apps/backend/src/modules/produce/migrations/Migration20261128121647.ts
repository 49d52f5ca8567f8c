import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128121647 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "produce_facts" ("id" text not null, "origin_zh" text not null, "origin_en" text not null, "grade" text check ("grade" in ('special', 'first', 'second')) not null, "harvest_from_month" integer not null, "harvest_to_month" integer not null, "storage_zh" text not null, "storage_en" text not null, "shelf_life_days" integer not null, "cold_chain" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "produce_facts_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_produce_facts_deleted_at" ON "produce_facts" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "produce_facts" cascade;`);
  }

}
