import { defineRouting } from "next-intl/routing"

/**
 * Chinese first: zh-CN lives at the root (/products/…), English under /en. The browser's language does not
 * redirect anyone; the header's language switch does.
 */
export const routing = defineRouting({
  locales: ["zh-CN", "en"],
  defaultLocale: "zh-CN",
  localePrefix: "as-needed",
  localeDetection: false,
})

export type Locale = (typeof routing.locales)[number]
