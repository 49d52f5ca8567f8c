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
 */
export async function Link({ href, ...rest }: Props) {
  return <NextLink href={localePath(href, (await getLocale()) as Locale)} {...rest} />
}
