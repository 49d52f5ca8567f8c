import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FESTIVAL_MODULE } from "../../modules/festival"
import type FestivalModuleService from "../../modules/festival/service"

export type FestivalFields = {
  handle: string
  title_zh: string
  title_en: string
  description_zh?: string | null
  description_en?: string | null
  starts_at: Date
  ends_at: Date
  timezone?: string
  target_kg: number
}

const service = (container: { resolve: (key: string) => unknown }) =>
  container.resolve(FESTIVAL_MODULE) as FestivalModuleService

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** Checks the window and time zone of a new or updated festival against its stored values. */
export const validateFestivalStep = createStep(
  "validate-festival",
  async (input: Partial<FestivalFields> & { id?: string }, { container }) => {
    const current = input.id ? await service(container).retrieveFestival(input.id) : undefined
    const handle = input.handle ?? current?.handle
    const startsAt = new Date(input.starts_at ?? current!.starts_at)
    const endsAt = new Date(input.ends_at ?? current!.ends_at)
    if (!(endsAt > startsAt)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Festival "${handle}" must end after it starts (starts_at ${startsAt.toISOString()}, ends_at ${endsAt.toISOString()})`
      )
    }
    if (input.timezone !== undefined && !isTimeZone(input.timezone)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Festival "${handle}": "${input.timezone}" is not an IANA time zone such as Asia/Shanghai`
      )
    }
    return new StepResponse(undefined)
  }
)

/** Creates a festival; compensation deletes it. */
export const createFestivalStep = createStep(
  "create-festival",
  async (input: FestivalFields, { container }) => {
    const festival = await service(container).createFestivals(input)
    return new StepResponse(festival, festival.id)
  },
  async (id, { container }) => {
    if (id) await service(container).deleteFestivals([id])
  }
)

/** Updates a festival's own fields; compensation puts the previous values back. */
export const updateFestivalStep = createStep(
  "update-festival",
  async (input: Partial<FestivalFields> & { id: string }, { container }) => {
    const previous = await service(container).retrieveFestival(input.id)
    const festival = await service(container).updateFestivals(input)
    return new StepResponse(festival, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const { created_at, updated_at, deleted_at, ...fields } = previous as typeof previous & Record<string, unknown>
    await service(container).updateFestivals(fields)
  }
)

/** Soft-deletes a festival; compensation restores it. */
export const deleteFestivalStep = createStep(
  "delete-festival",
  async (id: string, { container }) => {
    await service(container).softDeleteFestivals([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await service(container).restoreFestivals([id])
  }
)

/** The link definitions between one festival and its products and price list. */
export function festivalLinks(festivalId: string, productIds: string[] = [], priceListIds: string[] = []) {
  const festival = { [FESTIVAL_MODULE]: { festival_id: festivalId } }
  return [
    ...productIds.map((product_id) => ({ ...festival, [Modules.PRODUCT]: { product_id } })),
    ...priceListIds.map((price_list_id) => ({ ...festival, [Modules.PRICING]: { price_list_id } })),
  ]
}

type FestivalLinkInput = { product_ids?: string[]; price_list_id?: string | null }

/** Transform callback: the price list id of a festival input as a list (empty when none is given). */
export const priceListIdsOf = ({ input }: { input: FestivalLinkInput }): string[] =>
  input.price_list_id ? [input.price_list_id] : []

/** Transform callback: a festival input without its link fields, as the festival module stores it. */
export const ownFieldsOf = <T extends FestivalLinkInput>({ input }: { input: T }): Omit<T, keyof FestivalLinkInput> => {
  const { product_ids, price_list_id, ...rest } = input
  return rest
}
