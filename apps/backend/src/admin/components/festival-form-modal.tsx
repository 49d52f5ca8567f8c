import { FocusModal, Heading, Input, Select, Textarea, toast } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useEffect, useState, type FormEvent } from "react"
import { draftOf, NO_PRICE_LIST, toInput, ZONES, type Draft } from "../lib/festival-draft.js"
import { useFestivals, useSaveFestival, type Festival } from "../lib/festivals.js"
import { sdk } from "../lib/sdk.js"
import { Field, FormModalFooter } from "./form-parts.js"
import { ProductPicker } from "./product-picker.js"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Edit this festival; create a new one when absent. */
  festival?: Festival
  onSaved?: (festival: Festival) => void
}

/** Create or edit a festival in a focus modal; the API's message shows above the form when it refuses. */
export function FestivalFormModal({ open, onOpenChange, festival, onSaved }: Props) {
  const [draft, setDraft] = useState(() => draftOf(festival))
  const [error, setError] = useState<string | null>(null)
  const save = useSaveFestival(festival?.id)
  const priceLists = useQuery({
    queryKey: ["festival-price-lists"],
    queryFn: () => sdk.admin.priceList.list({ limit: 100, fields: "id,title" }),
    enabled: open,
  })
  const festivals = useFestivals()
  // A price list belongs to one festival at most; say which festival holds it instead of letting the API refuse.
  const priceListHolder = new Map(
    (festivals.data?.festivals ?? [])
      .filter((f) => f.price_list && f.id !== festival?.id)
      .map((f) => [f.price_list!.id, f.title_zh])
  )

  useEffect(() => {
    if (open) {
      setDraft(draftOf(festival))
      setError(null)
    }
  }, [open]) // eslint-disable-line react-hooks/exhaustive-deps -- reset only when the modal opens, not on every live refresh

  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }))
  const text = (key: keyof Draft) => ({
    id: `festival-${key}`,
    value: draft[key] as string,
    onChange: (e: { target: { value: string } }) => set(key)(e.target.value as never),
  })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const input = toInput(draft)
    if (typeof input === "string") return setError(input)
    setError(null)
    try {
      const { festival: saved } = await save.mutateAsync(input)
      toast.success(festival ? "Festival saved" : "Festival created", { description: saved.title_zh })
      onOpenChange(false)
      onSaved?.(saved)
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    }
  }

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Content>
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden">
          <FocusModal.Header>
            <FocusModal.Title asChild>
              <Heading>{festival ? `编辑 Edit ${festival.title_zh}` : "新建年货节 Create festival"}</Heading>
            </FocusModal.Title>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto py-10">
            <div className="flex w-full max-w-[720px] flex-col gap-y-6 px-4">
              <div className="grid grid-cols-2 gap-4">
                <Field label="标题 Title (中文)" htmlFor="festival-title_zh">
                  <Input {...text("title_zh")} placeholder="台阿线上年货节" />
                </Field>
                <Field label="Title (English)" htmlFor="festival-title_en">
                  <Input {...text("title_en")} placeholder="Taizhou–Alar Online New Year Fair" />
                </Field>
                <Field label="Handle" htmlFor="festival-handle" hint="Lowercase letters, digits and hyphens; used in URLs">
                  <Input {...text("handle")} placeholder="tai-a-new-year-2027" />
                </Field>
                <Field label="目标 Target (tonnes 吨)" htmlFor="festival-target" hint="Net produce sold, in tonnes (1 t = 1,000 kg)">
                  <Input id="festival-target" type="number" min="0.001" step="0.001" value={draft.target_tonnes} onChange={(e) => set("target_tonnes")(e.target.value)} placeholder="50" />
                </Field>
                <Field label="开始 Starts" htmlFor="festival-starts_at" hint={`Local time in ${draft.timezone}`}>
                  <Input type="datetime-local" {...text("starts_at")} />
                </Field>
                <Field label="结束 Ends" htmlFor="festival-ends_at" hint={`Local time in ${draft.timezone}; the end is exclusive`}>
                  <Input type="datetime-local" {...text("ends_at")} />
                </Field>
                <Field label="时区 Time zone" hint="Decides the festival's calendar days">
                  <Select value={draft.timezone} onValueChange={set("timezone")}>
                    <Select.Trigger>
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      {[...new Set([...ZONES, draft.timezone])].map((zone) => (
                        <Select.Item key={zone} value={zone}>
                          {zone}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </Field>
                <Field label="价格表 Price list" hint="Optional festival prices">
                  <Select value={draft.price_list_id} onValueChange={set("price_list_id")}>
                    <Select.Trigger>
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      <Select.Item value={NO_PRICE_LIST}>无 None</Select.Item>
                      {priceLists.data?.price_lists.map((list) => (
                        <Select.Item key={list.id} value={list.id} disabled={priceListHolder.has(list.id)}>
                          {list.title}
                          {priceListHolder.has(list.id) && ` (used by ${priceListHolder.get(list.id)})`}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </Field>
              </div>
              <Field label="描述 Description (中文)" htmlFor="festival-description_zh">
                <Textarea {...text("description_zh")} rows={2} />
              </Field>
              <Field label="Description (English)" htmlFor="festival-description_en">
                <Textarea {...text("description_en")} rows={2} />
              </Field>
              <Field label="商品 Products">
                <ProductPicker value={draft.products} onChange={set("products")} />
              </Field>
            </div>
          </FocusModal.Body>
          <FormModalFooter error={error} pending={save.isPending} editing={Boolean(festival)} />
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
