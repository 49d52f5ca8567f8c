/**
 * `export { generateStaticParams } from "@/lib/cached-page"` makes a shop page cached HTML (ISR): rendered on its first
 * request per locale and handle, then served from the cache until a tag of the reads it made is revalidated
 * (POST /api/revalidate) or its shortest read lifetime runs out (the festival's, 60 s). Nothing is prerendered at build
 * time, so building needs no backend. Such a page must read no cookies, headers or query string.
 */
export function generateStaticParams(): never[] {
  return []
}
