import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207060201 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_member" drop constraint if exists "cooperative_member_email_unique";`);
    this.addSql(`alter table if exists "cooperative_invite" drop constraint if exists "cooperative_invite_token_hash_unique";`);
    this.addSql(`create table if not exists "cooperative_invite" ("id" text not null, "email" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_invite_token_hash_unique" ON "cooperative_invite" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_invite_cooperative_id" ON "cooperative_invite" ("cooperative_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_invite_deleted_at" ON "cooperative_invite" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_invite_email" ON "cooperative_invite" ("email") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "cooperative_member" ("id" text not null, "email" text not null, "name" text null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_member_email_unique" ON "cooperative_member" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_member_cooperative_id" ON "cooperative_member" ("cooperative_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperative_member_deleted_at" ON "cooperative_member" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stock_adjustment" ("id" text not null, "member_id" text not null, "inventory_item_id" text not null, "location_id" text not null, "sku" text null, "from_quantity" integer not null, "to_quantity" integer not null, "reason" text not null, "source" text check ("source" in ('manual', 'import')) not null default 'manual', "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_adjustment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_adjustment_cooperative_id" ON "stock_adjustment" ("cooperative_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_adjustment_deleted_at" ON "stock_adjustment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_adjustment_inventory_item_id" ON "stock_adjustment" ("inventory_item_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "cooperative_invite" add constraint "cooperative_invite_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "cooperative_member" add constraint "cooperative_member_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "stock_adjustment" add constraint "stock_adjustment_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cooperative_invite" cascade;`);

    this.addSql(`drop table if exists "cooperative_member" cascade;`);

    this.addSql(`drop table if exists "stock_adjustment" cascade;`);
  }

}
