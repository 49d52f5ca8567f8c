import NextLink from "next/link"
import type { ComponentProps } from "react"
import { getLocale } from "next-intl/server"
import { localePath } from "./paths"
import type { Locale } from "./routing"

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string }

/**
 * The localised link for Server Components: the locale prefix is added here on the server and the browser gets a
 * plain next/link. next-intl's own Link (and anything importing `./navigation`) reads the locale on the client, which
 * puts NextIntlClientProvider's runtime on every page. Client Components build hrefs with `localePath` or get them
 * as props.
 *
 * No viewport prefetching unless a caller asks for it: every page is dynamic (the header reads the cart cookie), so
 * each prefetch is a server render, and the home page alone has about 24 links on screen. A tap still navigates on the
 * client and streams the next page's loading state first. Measured on the home page (Lighthouse mobile, median of 5):
 * 44 → 20 requests, simulated TBT 110 → 56 ms.
 */
export async function Link({ href, prefetch = false, ...rest }: Props) {
  return <NextLink href={localePath(href, (await getLocale()) as Locale)} prefetch={prefetch} {...rest} />
}
