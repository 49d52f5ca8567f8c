import { Alert, Button, FocusModal, Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A labelled field of an admin form, with an optional hint under it. */
export function Field({ label, hint, htmlFor, children }: { label: string; hint?: string; htmlFor?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-1.5">
      <Label size="small" weight="plus" htmlFor={htmlFor}>
        {label}
      </Label>
      {children}
      {hint && <Text size="xsmall" className="text-ui-fg-muted">{hint}</Text>}
    </div>
  )
}

/** The footer of a create/edit modal: the API's refusal, Cancel, and Save or Create. */
export function FormModalFooter({ error, pending, editing }: { error: string | null; pending: boolean; editing: boolean }) {
  return (
    <FocusModal.Footer>
      <div className="flex w-full items-center justify-end gap-x-2">
        {error && (
          <Alert variant="error" role="alert" className="mr-auto max-w-[640px] py-1.5">
            {error}
          </Alert>
        )}
        <FocusModal.Close asChild>
          <Button size="small" variant="secondary" type="button">
            取消 Cancel
          </Button>
        </FocusModal.Close>
        <Button size="small" type="submit" isLoading={pending}>
          {editing ? "保存 Save" : "创建 Create"}
        </Button>
      </div>
    </FocusModal.Footer>
  )
}
