import { defineRouting } from "next-intl/routing"

/**
 * Chinese first: zh-CN lives at the root (/products/…), English under /en. The browser's language does not
 * redirect anyone; the header's language switch does. So no locale cookie is set, and the alternate-language links
 * are in each page's metadata rather than a Link header: cached pages go out without a Set-Cookie, and the proxy in
 * front of every page does less.
 */
export const routing = defineRouting({
  locales: ["zh-CN", "en"],
  defaultLocale: "zh-CN",
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
  alternateLinks: false,
})

export type Locale = (typeof routing.locales)[number]
