import type { ReactNode } from "react"
import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"

/**
 * Gives the Client Components below it the message namespaces they read, and only those. Pages without translated
 * Client Components (home, listings, product) leave it out, so they ship neither next-intl's client runtime nor messages.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: string[]; children: ReactNode }) {
  const messages = await getMessages()
  const picked = Object.fromEntries(namespaces.map((ns) => [ns, messages[ns]]))
  // The fragment keeps next-intl's props typed against this app's @types/react (the repo root holds an older copy).
  return <NextIntlClientProvider messages={picked}><>{children}</></NextIntlClientProvider>
}
