import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207180823 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "presale" ("id" text not null, "ships_on" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "presale_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_presale_deleted_at" ON "presale" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "presale" cascade;`);
  }

}
