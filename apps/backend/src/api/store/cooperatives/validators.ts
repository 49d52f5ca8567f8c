import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const StoreGetCooperativesParams = createFindParams({ limit: 50, offset: 0 })
