/**
 * Shop pictures through Next's image optimizer. The backend stores uploads under its `/static/` path (Medusa's
 * file-local provider) and names them by its public address, which the storefront's server may not reach (in
 * docker-compose it is `http://backend:9000` inside, `localhost:9000` outside). So the storefront serves them at
 * `/pictures/…` itself (app/pictures/[...path], read from the backend's internal address) and the optimizer takes them
 * as this app's own files: no remote host to allow, no way to make it fetch anything but the backend's uploads.
 */
export const PICTURE_PATH = "/pictures"

/** What a picture's `src` should be here: `/pictures/<file>` for an upload, else the URL as it is (shown unoptimized). */
export function pictureSrc(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return url
  }
  const file = parsed.pathname.match(/^\/static\/(.+)$/)?.[1]
  // Drawings stay as they are: a vector is already its smallest at every size.
  if (!file || /\.svg$/i.test(file) || parsed.search) return url
  return `${PICTURE_PATH}/${file}`
}

/** Whether the optimizer serves this `src` (an upload under /pictures) rather than the browser fetching it as is. */
export const isOptimized = (src: string) => src.startsWith(`${PICTURE_PATH}/`)

/**
 * The places a picture is shown at a width that follows the screen: its `sizes`, from the layouts (max-w-6xl =
 * 1152 px with 16 px gutters), and the widest it is ever drawn, in CSS pixels. The browser takes the smallest width in
 * the srcset that covers its screen; widths past the widest place on a 3× screen are left out of the srcset, since no
 * screen takes them. A picture of a fixed size (cart line, thumbnails) takes no place: it gets 1× and 2×.
 */
export const PICTURE_PLACES = {
  /** Product and search tiles: 2 / 3 / 4 columns (grid-cols-2 sm:grid-cols-3 lg:grid-cols-4); widest at 1023 px. */
  card: { sizes: "(min-width: 1152px) 270px, (min-width: 1024px) 24vw, (min-width: 640px) 32vw, 48vw", widest: 330 },
  /** The product page's main picture: full width on phones, half the page from md; widest at 767 px. */
  gallery: { sizes: "(min-width: 1152px) 540px, (min-width: 768px) 47vw, 92vw", widest: 710 },
} as const

export type PicturePlace = keyof typeof PICTURE_PLACES

/** `srcSet` ("url 384w, url 640w, …") without the widths past the first one that covers `px` device pixels. */
export function widthsUpTo(srcSet: string | undefined, px: number): string | undefined {
  if (!srcSet) return srcSet
  const entries = srcSet.split(", ").map((entry) => ({ entry, w: Number(entry.match(/ (\d+)w$/)?.[1] ?? NaN) }))
  if (entries.some(({ w }) => Number.isNaN(w))) return srcSet
  const cover = entries.find(({ w }) => w >= px)?.w ?? Infinity
  return entries
    .filter(({ w }) => w <= cover)
    .map(({ entry }) => entry)
    .join(", ")
}
