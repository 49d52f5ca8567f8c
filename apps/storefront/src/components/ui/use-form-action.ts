"use client"

import { startTransition, type FormEvent } from "react"

/**
 * Submits a form to a useActionState action without React's automatic form reset, so a shopper's input (and
 * controlled radios) stay as typed when the server answers with field errors.
 */
export function useFormAction(dispatch: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const formData = new FormData(event.currentTarget)
    startTransition(() => dispatch(formData))
  }
}
