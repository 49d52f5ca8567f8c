import { Checkbox, FocusModal, Heading, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import {
  draftOf,
  messageOf,
  toInput,
  useSaveCooperative,
  useStockLocations,
  type Cooperative,
  type CooperativeDraft,
} from "../lib/cooperatives.js"
import { Field, FormModalFooter } from "./form-parts.js"

type TextKey = Exclude<keyof CooperativeDraft, "stock_location_ids" | "handle">

/** The texts in pairs, 中文 left and English right. */
const TEXTS: { key: TextKey; label: string; placeholder?: string; hint?: string; long?: boolean }[] = [
  { key: "name_zh", label: "名称 Name (中文)", placeholder: "阿拉尔十二团红枣合作社" },
  { key: "name_en", label: "Name (English)", placeholder: "Alar 12th Regiment Jujube Cooperative" },
  { key: "place_zh", label: "地点 Place (中文)", placeholder: "阿拉尔市 十二团" },
  { key: "place_en", label: "Place (English)", placeholder: "12th Regiment, Alar" },
  { key: "story_zh", label: "故事 Story (中文)", long: true },
  { key: "story_en", label: "Story (English)", long: true },
  { key: "contact_name", label: "联系人 Contact name", hint: "Optional; never shown to shoppers" },
  { key: "contact_phone", label: "电话 Contact phone", placeholder: "13899001201", hint: "Optional; 11-digit mainland mobile" },
]

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Edit this cooperative; create a new one when absent. */
  cooperative?: Cooperative
  onSaved?: (cooperative: Cooperative) => void
}

/** Create or edit a cooperative in a focus modal; the API's message shows above the form when it refuses. */
export function CooperativeFormModal({ open, onOpenChange, cooperative, onSaved }: Props) {
  const [draft, setDraft] = useState(() => draftOf(cooperative))
  const [error, setError] = useState<string | null>(null)
  const save = useSaveCooperative(cooperative?.id)
  const locations = useStockLocations(open)

  useEffect(() => {
    if (open) {
      setDraft(draftOf(cooperative))
      setError(null)
    }
  }, [open]) // eslint-disable-line react-hooks/exhaustive-deps -- reset only when the modal opens

  const set = (key: keyof CooperativeDraft, value: string | string[]) => setDraft((d) => ({ ...d, [key]: value }))
  const picked = new Set(draft.stock_location_ids)
  const toggleLocation = (id: string) => set("stock_location_ids", picked.has(id) ? [...picked].filter((l) => l !== id) : [...picked, id])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const input = toInput(draft)
    if (typeof input === "string") return setError(input)
    setError(null)
    try {
      const { cooperative: saved } = await save.mutateAsync(input)
      toast.success(cooperative ? "Cooperative saved" : "Cooperative created", { description: saved.name_zh })
      onOpenChange(false)
      onSaved?.(saved)
    } catch (err) {
      setError(messageOf(err))
    }
  }

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Content>
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden">
          <FocusModal.Header>
            <FocusModal.Title asChild>
              <Heading>{cooperative ? `编辑 Edit ${cooperative.name_zh}` : "新建合作社 Create cooperative"}</Heading>
            </FocusModal.Title>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto py-10">
            <div className="grid w-full max-w-[720px] grid-cols-2 gap-4 px-4">
              {!cooperative && (
                <Field label="Handle" htmlFor="cooperative-handle" hint="Lowercase letters, digits and hyphens; fixed once created">
                  <Input id="cooperative-handle" value={draft.handle} onChange={(e) => set("handle", e.target.value)} placeholder="alar-12th-regiment" />
                </Field>
              )}
              {!cooperative && <div />}
              {TEXTS.map(({ key, label, placeholder, hint, long }) => {
                const props = { id: `cooperative-${key}`, value: draft[key], placeholder, onChange: (e: { target: { value: string } }) => set(key, e.target.value) }
                return (
                  <Field key={key} label={label} hint={hint} htmlFor={props.id}>
                    {long ? <Textarea {...props} rows={4} /> : <Input {...props} />}
                  </Field>
                )
              })}
              <fieldset className="col-span-2 flex flex-col gap-y-1.5">
                <legend className="txt-compact-small-plus mb-1.5">仓库 Warehouses</legend>
                <div className="shadow-borders-base max-h-56 overflow-y-auto rounded-md">
                  {locations.isLoading && <Text size="small" className="text-ui-fg-muted p-3">Loading…</Text>}
                  {locations.isError && <Text size="small" className="text-ui-fg-error p-3">Could not load stock locations: {locations.error.message}</Text>}
                  {locations.data?.stock_locations.length === 0 && <Text size="small" className="text-ui-fg-muted p-3">No stock location yet (Settings → Locations).</Text>}
                  {locations.data?.stock_locations.map((location) => (
                    <div key={location.id} className="flex items-center gap-x-3 border-b px-3 py-2 last:border-b-0">
                      <Checkbox
                        id={`cooperative-location-${location.id}`}
                        checked={picked.has(location.id)}
                        onCheckedChange={() => toggleLocation(location.id)}
                      />
                      <Label size="small" htmlFor={`cooperative-location-${location.id}`}>{location.name}</Label>
                    </div>
                  ))}
                </div>
                <Text size="xsmall" className="text-ui-fg-muted">The stock locations it ships from</Text>
              </fieldset>
            </div>
          </FocusModal.Body>
          <FormModalFooter error={error} pending={save.isPending} editing={Boolean(cooperative)} />
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
