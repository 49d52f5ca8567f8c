import type { CoopFormState } from "./form"

/** The answer to a portal form: green when it worked, red when not; announced to screen readers. */
export function FormMessage({ state }: { state: CoopFormState }) {
  if (!state?.message) return null
  return (
    <p
      role={state.ok ? "status" : "alert"}
      className={`rounded-xl p-3 text-sm font-medium ${state.ok ? "bg-leaf/10 text-leaf" : "bg-jujube/10 text-jujube"}`}
    >
      {state.message}
    </p>
  )
}
