import sharp from "sharp"
import { admin, expect, test, uploadFiles } from "./helpers"

const HANDLE = "alar-red-fuji-apple"
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

// Lighthouse's phone: 412 × 823 CSS px at 1.75 device pixels each.
test.use({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true })

test("a co-op's photo reaches a phone as AVIF at the width it shows, the product's first picture preloaded", async ({ page, request }) => {
  // A 1,600 px JPEG with grain, as a phone uploads it.
  const photo = await sharp({ create: { width: 1600, height: 1600, channels: 3, background: "#b5302a", noise: { type: "gaussian", mean: 120, sigma: 30 } } })
    .blur(1.2)
    .jpeg({ quality: 85 })
    .toBuffer()
  const [url] = await uploadFiles([{ name: "fuji.jpg", type: "image/jpeg", bytes: photo }])
  const file = new URL(url).pathname.replace(/^\/static\//, "")
  type AdminProduct = { id: string; thumbnail: string; images: { url: string }[] }
  const {
    products: [product],
  } = await admin<{ products: AdminProduct[] }>(`/admin/products?handle=${HANDLE}&fields=id,thumbnail,images.url`)
  await admin(`/admin/products/${product.id}`, { method: "POST", body: { thumbnail: url, images: [{ url }] } })
  try {
    // The cached page shows the photo once the backend's revalidation has reached the storefront.
    const main = page.locator("#image-1")
    await expect(async () => {
      await page.goto(`/products/${HANDLE}`)
      await expect(main).toHaveAttribute("src", new RegExp(`^/_next/image\\?url=%2Fpictures%2F${escapeRegExp(file)}&`), { timeout: 1000 })
    }).toPass({ timeout: 15_000 })
    await expect(main).not.toHaveAttribute("loading", "lazy")
    expect(await page.locator(`head link[rel=preload][as=image][imagesrcset*="${file}"]`).count()).toBe(1)

    // 92vw of 412 px at 1.75 is 663 device pixels: the srcset's 750 w copy, in AVIF, a small part of the upload.
    const shown = await main.evaluate((img: HTMLImageElement) => img.currentSrc)
    expect(new URL(shown).searchParams.get("w")).toBe("750")
    const optimized = await request.get(shown, { headers: { accept: "image/avif,image/webp,*/*" } })
    expect(optimized.status()).toBe(200)
    expect(optimized.headers()["content-type"]).toBe("image/avif")
    expect((await optimized.body()).length).toBeLessThan(photo.length / 5)
    // A browser without AVIF gets WebP.
    expect((await request.get(shown, { headers: { accept: "image/webp,*/*" } })).headers()["content-type"]).toBe("image/webp")

    // On the category page its card is optimized too, while the seed's drawings are sent as they are.
    await page.goto("/categories/apples")
    const cards = page.getByTestId("product-card").locator("img")
    await expect(page.locator(`a[href$="/products/${HANDLE}"] img`)).toHaveAttribute("src", /^\/_next\/image\?url=%2Fpictures%2F/)
    expect(await cards.evaluateAll((imgs) => imgs.filter((i) => i.getAttribute("src")?.endsWith(".svg")).length)).toBeGreaterThan(0)

    // /pictures serves the upload byte for byte, and nothing outside the backend's uploads.
    const original = await request.get(`/pictures/${file}`)
    expect(original.headers()["content-type"]).toBe("image/jpeg")
    expect((await original.body()).equals(photo)).toBe(true)
    expect((await request.get("/pictures/..%2F..%2Fpackage.json")).status()).toBe(404)
    expect((await request.get(`/_next/image?url=${encodeURIComponent("https://example.com/a.jpg")}&w=750&q=75`)).status()).toBe(400)
  } finally {
    await admin(`/admin/products/${product.id}`, { method: "POST", body: { thumbnail: product.thumbnail, images: product.images.map(({ url }) => ({ url })) } })
  }
})
