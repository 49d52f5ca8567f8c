// The stock provider's own migration (extensions, text search configuration, catalog table), under its own name so
// databases that ran it through `@medusajs/medusa/search-postgres` see it as applied.
export { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
