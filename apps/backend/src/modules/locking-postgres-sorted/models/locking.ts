// The `locking` table's model of Medusa's Postgres provider: Medusa gives a provider a database connection only when
// its folder has models, and the parent class keeps its owned locks (`acquire`) in this table.
export { default } from "@medusajs/locking-postgres/dist/models/locking"
