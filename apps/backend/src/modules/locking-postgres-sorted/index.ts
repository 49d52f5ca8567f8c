import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { SortedAdvisoryLockProvider } from "./service"

export default ModuleProvider(Modules.LOCKING, { services: [SortedAdvisoryLockProvider] })
