import Link from "next/link"

/** Paths outside any locale (rare: the proxy localises everything else). */
export default function GlobalNotFound() {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>页面不存在 · Page not found</h1>
        <p>
          <Link href="/">返回首页 · Back to home</Link>
        </p>
      </body>
    </html>
  )
}
