"use client"

import { useEffect } from "react"
import { useParams } from "next/navigation"
import { localePath } from "@/i18n/paths"

// Error boundaries cannot await server messages; the two languages' few words live here.
const TEXT = {
  "zh-CN": { title: "页面出错了", text: "暂时无法加载，请稍后重试。", retry: "重试", home: "返回首页" },
  en: { title: "Something went wrong", text: "This page could not load. Please try again.", retry: "Try again", home: "Back to home" },
} as const

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useParams<{ locale: string }>().locale === "en" ? "en" : "zh-CN"
  const t = TEXT[locale]
  useEffect(() => console.error(error), [error])
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-4 px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="text-muted">{t.text}</p>
      <div className="flex justify-center gap-3">
        <button type="button" onClick={reset} className="btn-primary">{t.retry}</button>
        <a href={localePath("/", locale)} className="btn-secondary">{t.home}</a>
      </div>
    </div>
  )
}
