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
 * `sizes` per place, from the layouts (max-w-6xl = 1152 px with 16 px gutters): a phone shows cards two abreast, the
 * product gallery full width; the browser then takes the smallest width in the srcset that covers its screen.
 */
export const PICTURE_SIZES = {
  /** Product and search tiles: 2 / 3 / 4 columns (grid-cols-2 sm:grid-cols-3 lg:grid-cols-4). */
  card: "(min-width: 1152px) 270px, (min-width: 1024px) 24vw, (min-width: 640px) 32vw, 48vw",
  /** The product page's main picture: full width on phones, half the page from md. */
  gallery: "(min-width: 1152px) 540px, (min-width: 768px) 47vw, 92vw",
} as const
