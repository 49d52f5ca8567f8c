// The `locking` table of Medusa's Postgres provider, which this provider extends: the same migration, so a database
// that ran Medusa's provider before sees it as done.
export { Migration20241009222919_InitialSetupMigration } from "@medusajs/locking-postgres/dist/migrations/Migration20241009222919_InitialSetupMigration"
