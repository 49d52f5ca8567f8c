"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import { localePath } from "@/i18n/paths"
import type { Locale } from "@/i18n/routing"

/** Links to the same page in the other language. */
export function LocaleSwitch({ locale, label, ariaLabel }: { locale: Locale; label: string; ariaLabel: string }) {
  const other = locale === "en" ? "zh-CN" : "en"
  return (
    <Link href={localePath(usePathname(), other)} prefetch={false} hrefLang={other} aria-label={ariaLabel} lang={other} className="text-ink hover:text-jujube">
      {label}
    </Link>
  )
}
