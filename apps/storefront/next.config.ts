import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"
import { PICTURE_PATH } from "./src/lib/pictures"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // e2e and bench builds go to their own folder so they never clobber a running `next dev`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  images: {
    // AVIF where the browser takes it (about half WebP's bytes on photos), else WebP.
    formats: ["image/avif", "image/webp"],
    // Widths a srcset offers: uploads are 1,600 px, so nothing wider is ever worth sending (lib/pictures.ts trims each
    // place's srcset further). Next's default runs to 3,840, which only lengthens every srcset.
    deviceSizes: [640, 750, 828, 1080, 1200, 1600],
    // Only the shop's uploads, as this app serves them (src/lib/pictures.ts): no remote host is ever fetched.
    localPatterns: [{ pathname: `${PICTURE_PATH}/**`, search: "" }],
  },
}

export default withNextIntl(nextConfig)
