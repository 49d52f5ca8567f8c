import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128124231 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "festival" drop constraint if exists "festival_handle_unique";`);
    this.addSql(`create table if not exists "festival" ("id" text not null, "handle" text not null, "title_zh" text not null, "title_en" text not null, "description_zh" text null, "description_en" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "timezone" text not null default 'Asia/Shanghai', "target_kg" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "festival_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_festival_handle_unique" ON "festival" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_festival_deleted_at" ON "festival" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "festival" cascade;`);
  }

}
