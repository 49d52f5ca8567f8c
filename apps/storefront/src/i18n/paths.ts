import { type Locale, routing } from "./routing"

/**
 * The same page in `locale`: drops any locale prefix from a path, then prefixes every locale but the default one
 * ("as-needed"); a query or hash is kept. ("/en/products/x", "zh-CN") → "/products/x", ("/?q=1", "en") → "/en?q=1".
 */
export function localePath(href: string, locale: Locale): string {
  const [, pathname, suffix] = /^([^?#]*)(.*)$/.exec(href) ?? ["", href, ""]
  const [, first, ...rest] = pathname.split("/")
  const segments = (routing.locales as readonly string[]).includes(first) ? rest : [first, ...rest]
  const path = `/${segments.join("/")}`.replace(/\/+$/, "") || "/"
  if (locale === routing.defaultLocale) return path + suffix
  return (path === "/" ? `/${locale}` : `/${locale}${path}`) + suffix
}
