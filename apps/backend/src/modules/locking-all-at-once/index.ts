import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { AllAtOnceLockingProvider } from "./service"

export default ModuleProvider(Modules.LOCKING, { services: [AllAtOnceLockingProvider] })
