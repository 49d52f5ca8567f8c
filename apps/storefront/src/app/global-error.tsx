"use client"

/**
 * Shown only when the root layout itself fails. Replaces Next's built-in one, whose styles and markup every page
 * would otherwise download; it cannot know the locale, so it says it in both languages.
 */
export default function GlobalError({ reset }: { reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>页面出错了 · Something went wrong</h1>
        <p>
          <button type="button" onClick={reset}>重试 · Try again</button> · <a href="/">返回首页 · Back to home</a>
        </p>
      </body>
    </html>
  )
}
