import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128121646 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative" drop constraint if exists "cooperative_handle_unique";`);
    this.addSql(`create table if not exists "cooperative" ("id" text not null, "handle" text not null, "name_zh" text not null, "name_en" text not null, "place_zh" text not null, "place_en" text not null, "story_zh" text not null, "story_en" text not null, "contact_name" text null, "contact_phone" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_handle_unique" ON "cooperative" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_deleted_at" ON "cooperative" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cooperative" cascade;`);
  }

}
