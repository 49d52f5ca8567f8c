// The bench's photo catalog (issue #14): every product gets two 1,600 px JPEG photos of 300–500 KB, the size a co-op
// uploads from a phone, through the admin API, in place of the seed's drawings. Made here from each product's own
// drawing with photographic texture (Gaussian noise at every scale from 25 px blotches to per-pixel grain, from a
// seeded generator), so they compress like photos at every width the storefront serves, and every run uploads the
// same bytes.
import Medusa from "@medusajs/js-sdk"
import sharp from "sharp"

const SIDE = 1600
const BYTES = { min: 300 * 1024, max: 500 * 1024 }
/** Noise layers' sizes before each is scaled smoothly up to SIDE: coarse blotches down to per-pixel grain. */
const OCTAVES = [25, 50, 100, 200, 400, 800, 1600]
/** How far the texture moves a pixel's brightness (a fraction per unit of the layers' summed noise), and the grain's share. */
const TEXTURE = { amplitude: 0.18 / 128, grain: 0.15 / 0.18 }

/** mulberry32: a small seeded generator, so the photos are the same every run. */
function seeded(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A standard normal draw (Box–Muller). */
const gaussian = (random) => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())

/** The texture: per pixel, the factor its brightness is moved by, summed over the octaves. */
async function texture(random) {
  const sum = new Float32Array(SIDE * SIDE)
  for (const [k, size] of OCTAVES.entries()) {
    const layer = Buffer.alloc(size * size)
    for (let i = 0; i < layer.length; i++) layer[i] = Math.max(0, Math.min(255, Math.round(128 + 40 * gaussian(random))))
    const smooth = await sharp(layer, { raw: { width: size, height: size, channels: 1 } }).resize(SIDE, SIDE, { kernel: "cubic" }).raw().toBuffer()
    const weight = (k === OCTAVES.length - 1 ? TEXTURE.grain : 1) * TEXTURE.amplitude
    for (let i = 0; i < sum.length; i++) sum[i] += (smooth[i] - 128) * weight
  }
  return sum
}

/** One photo: the drawing at SIDE px (mirrored for the second), the texture shifted by (dx, dy), a JPEG inside BYTES. */
async function photo(drawing, tex, { dx, dy, mirror }) {
  // The seed draws at 800 px: 144 dpi renders it at 1,600.
  let base = sharp(drawing, { density: 144 }).resize(SIDE, SIDE, { fit: "cover" }).flatten({ background: "#ffffff" })
  if (mirror) base = base.flop()
  const pixels = await base.removeAlpha().raw().toBuffer()
  for (let y = 0; y < SIDE; y++) {
    const row = ((y + dy) % SIDE) * SIDE
    for (let x = 0; x < SIDE; x++) {
      const factor = 1 + tex[row + ((x + dx) % SIDE)]
      const p = (y * SIDE + x) * 3
      for (let c = 0; c < 3; c++) pixels[p + c] = Math.max(0, Math.min(255, Math.round(pixels[p + c] * factor)))
    }
  }
  // A phone's JPEG quality lands the file in 300–500 KB; step it until it does.
  for (let quality = 80, step = 0; step < 8; step++) {
    const jpeg = await sharp(pixels, { raw: { width: SIDE, height: SIDE, channels: 3 } }).jpeg({ quality, mozjpeg: true }).toBuffer()
    if (jpeg.length < BYTES.min) quality += 4
    else if (jpeg.length > BYTES.max) quality -= 4
    else return jpeg
  }
  throw new Error(`no JPEG quality put the photo within ${BYTES.min}–${BYTES.max} bytes`)
}

/**
 * Replaces every product's drawings by two photos each, uploaded through the admin API (`/admin/uploads`, then the
 * product's thumbnail and images). Resolves with what was uploaded: counts, side and the files' sizes.
 */
export async function usePhotoCatalog({ backendUrl, admin, log = () => {} }) {
  const sdk = new Medusa({ baseUrl: backendUrl, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
  await sdk.auth.login("user", "emailpass", admin)
  const { products } = await sdk.admin.product.list({ limit: 200, fields: "id,handle,thumbnail" })
  const random = seeded(14)
  log(`photo catalog: texture for ${products.length} products' photos…`)
  const tex = await texture(random)
  const sizes = []
  for (const [i, product] of products.entries()) {
    const drawing = Buffer.from(await (await fetch(product.thumbnail)).arrayBuffer())
    const form = new FormData()
    for (const [k, mirror] of [false, true].entries()) {
      const jpeg = await photo(drawing, tex, { dx: Math.floor(random() * SIDE), dy: Math.floor(random() * SIDE), mirror })
      sizes.push(jpeg.length)
      form.append("files", new Blob([jpeg], { type: "image/jpeg" }), `${product.handle}-${k + 1}.jpg`)
    }
    // The SDK's upload.create checks `instanceof FileList`, which Node lacks; its client sends the same form.
    const { files } = await sdk.client.fetch("/admin/uploads", { method: "POST", body: form, headers: { "content-type": null } })
    await sdk.admin.product.update(product.id, { thumbnail: files[0].url, images: files.map(({ url }) => ({ url })) })
    if ((i + 1) % 5 === 0 || i === products.length - 1) log(`photo catalog: ${i + 1} of ${products.length} products photographed`)
  }
  const kb = sizes.map((b) => Math.round(b / 1024)).sort((a, b) => a - b)
  return { products: products.length, photos: sizes.length, side: SIDE, format: "image/jpeg", kb: { min: kb[0], median: kb[Math.floor(kb.length / 2)], max: kb.at(-1) } }
}
