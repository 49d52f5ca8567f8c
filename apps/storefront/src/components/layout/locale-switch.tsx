"use client"

import { useLocale } from "next-intl"
import { Link, usePathname } from "@/i18n/navigation"

/** Links to the same page in the other language. */
export function LocaleSwitch({ label, ariaLabel }: { label: string; ariaLabel: string }) {
  const locale = useLocale()
  const pathname = usePathname()
  const other = locale === "en" ? "zh-CN" : "en"
  return (
    <Link href={pathname} locale={other} aria-label={ariaLabel} lang={other} className="text-ink hover:text-jujube">
      {label}
    </Link>
  )
}
