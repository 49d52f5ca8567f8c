import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207002028 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "checkout_attempt" ("id" text not null, "cart_id" text not null, "owner" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "checkout_attempt_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_checkout_attempt_deleted_at" ON "checkout_attempt" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_checkout_attempt_cart_id" ON "checkout_attempt" ("cart_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "checkout_attempt" cascade;`);
  }

}
