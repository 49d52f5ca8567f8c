"use client"

import { useEffect, useRef, useState } from "react"
import type { CheckoutState } from "./actions"

/** "Busy" answers the form waits out by sending itself again, before asking the shopper to try later. */
const BUSY_RETRIES = 5

/**
 * When the shop answers "busy" (many buyers of the same boxes at once), sends the form again after the seconds it
 * asked for, up to BUSY_RETRIES times; `waiting` while a retry is due, `gaveUp` after the last.
 */
export function useBusyRetry(state: CheckoutState) {
  const formRef = useRef<HTMLFormElement>(null)
  const [tries, setTries] = useState(0)
  const retryIn = state?.retryInSeconds
  useEffect(() => {
    if (!retryIn) {
      setTries(0)
      return
    }
    if (tries >= BUSY_RETRIES) return
    const timer = setTimeout(() => {
      setTries((n) => n + 1)
      formRef.current?.requestSubmit()
    }, retryIn * 1000)
    return () => clearTimeout(timer)
    // Each new answer schedules the next try; `tries` only counts them.
  }, [state])
  return { formRef, waiting: Boolean(retryIn) && tries < BUSY_RETRIES, gaveUp: Boolean(retryIn) && tries >= BUSY_RETRIES }
}
