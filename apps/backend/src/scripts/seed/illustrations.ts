/** Produce drawings the seed uploads as product images: our own vector art, nothing downloaded. */
export type Drawing = "jujube" | "apple" | "pear" | "walnut" | "kernel" | "almond" | "raisin" | "fig" | "giftbox"

type Palette = { bg: string; main: string; shade: string; accent: string }

const palettes: Record<Drawing, Palette> = {
  jujube: { bg: "#fdf0e6", main: "#a3211c", shade: "#6e1210", accent: "#c98b3a" },
  apple: { bg: "#fff4e8", main: "#d2352b", shade: "#8f1d17", accent: "#f1c04f" },
  pear: { bg: "#f6f8e6", main: "#d8cf62", shade: "#a89a34", accent: "#7a8f3a" },
  walnut: { bg: "#f7efe4", main: "#b88a58", shade: "#7c5530", accent: "#e0c39a" },
  kernel: { bg: "#f7f0e2", main: "#c99a5b", shade: "#8a6232", accent: "#edd3a4" },
  almond: { bg: "#f8efe3", main: "#c0824a", shade: "#7d4e25", accent: "#ecc796" },
  raisin: { bg: "#f1f5e8", main: "#8b9d3b", shade: "#55641e", accent: "#c9d77b" },
  fig: { bg: "#f7ece6", main: "#9a5a3c", shade: "#5f3320", accent: "#e2a77f" },
  giftbox: { bg: "#fcebea", main: "#c8242f", shade: "#8c111b", accent: "#f2c14e" },
}

/** One piece of produce centred at (x, y) with scale s. */
function piece(kind: Drawing, x: number, y: number, s: number, p: Palette): string {
  const t = `transform="translate(${x} ${y}) scale(${s})"`
  switch (kind) {
    case "jujube":
      return `<g ${t}><ellipse rx="62" ry="88" fill="${p.main}"/><ellipse rx="22" ry="50" cx="-22" cy="-14" fill="#fff" opacity=".18"/><path d="M0-88 q6-22 20-30" stroke="${p.accent}" stroke-width="8" fill="none"/></g>`
    case "apple":
      return `<g ${t}><path d="M0-60 C60-110 130-40 100 30 C80 90 30 110 0 90 C-30 110-80 90-100 30 C-130-40-60-110 0-60Z" fill="${p.main}"/><path d="M-40-40 C-70-20-70 30-50 50" stroke="${p.accent}" stroke-width="14" fill="none" opacity=".55"/><path d="M0-62 q4-40 24-56" stroke="#6b4a2b" stroke-width="9" fill="none"/><path d="M14-96 q40-20 60 6 q-34 16-60-6Z" fill="#5f8f3a"/></g>`
    case "pear":
      return `<g ${t}><path d="M0-110 C30-110 34-60 46-30 C90 10 90 100 0 110 C-90 100-90 10-46-30 C-34-60-30-110 0-110Z" fill="${p.main}"/><ellipse cx="-26" cy="30" rx="18" ry="44" fill="#fff" opacity=".25"/><path d="M0-110 q-4-26 12-40" stroke="#6b4a2b" stroke-width="8" fill="none"/><path d="M8-140 q36-14 52 10 q-30 12-52-10Z" fill="${p.accent}"/></g>`
    case "walnut":
      return `<g ${t}><ellipse rx="92" ry="82" fill="${p.main}"/><path d="M0-82 V82" stroke="${p.shade}" stroke-width="8"/><path d="M-60-30 q20 10 10 30 q-14 16 4 34 M50-40 q-18 12-6 30 q10 18-8 36" stroke="${p.shade}" stroke-width="6" fill="none"/><ellipse cx="-40" cy="-40" rx="20" ry="12" fill="${p.accent}" opacity=".5"/></g>`
    case "kernel":
      return `<g ${t}><path d="M-80 0 C-80-60-20-70 0-40 C20-70 80-60 80 0 C80 60 20 70 0 40 C-20 70-80 60-80 0Z" fill="${p.main}"/><path d="M-50-10 q20 20 0 40 M50-10 q-20 20 0 40" stroke="${p.shade}" stroke-width="6" fill="none"/></g>`
    case "almond":
      return `<g ${t}><path d="M0-100 C60-60 60 60 0 100 C-60 60-60-60 0-100Z" fill="${p.main}"/><path d="M-20-50 q-10 50 10 100 M16-60 q10 50-4 110" stroke="${p.shade}" stroke-width="4" fill="none" opacity=".6"/></g>`
    case "raisin":
      return `<g ${t}><ellipse rx="34" ry="44" fill="${p.main}"/><ellipse cx="-10" cy="-14" rx="10" ry="16" fill="${p.accent}" opacity=".6"/></g>`
    case "fig":
      return `<g ${t}><path d="M0-100 C20-100 24-70 40-50 C100 0 80 100 0 100 C-80 100-100 0-40-50 C-24-70-20-100 0-100Z" fill="${p.main}"/><circle cy="30" r="28" fill="${p.accent}" opacity=".7"/></g>`
    case "giftbox":
      return `<g ${t}><rect x="-150" y="-70" width="300" height="190" rx="14" fill="${p.main}"/><rect x="-170" y="-120" width="340" height="70" rx="12" fill="${p.shade}"/><rect x="-22" y="-120" width="44" height="240" fill="${p.accent}"/><path d="M0-120 C-60-190-130-130-50-120 M0-120 C60-190 130-130 50-120" stroke="${p.accent}" stroke-width="18" fill="none"/><text y="60" text-anchor="middle" font-size="64" fill="#fff" font-family="serif">福</text></g>`
  }
}

/** Arrangement of several pieces so each product's picture differs even within a kind. */
const layouts: Array<Array<[number, number, number]>> = [
  [[400, 420, 2]],
  [[300, 440, 1.5], [510, 400, 1.6]],
  [[270, 470, 1.2], [520, 470, 1.2], [395, 300, 1.3]],
  [[230, 330, 1], [400, 300, 1.05], [570, 330, 1], [310, 510, 1.05], [490, 510, 1.05]],
]

/** Returns an 800×800 SVG drawing of `kind`; `variant` picks one of several arrangements. */
export function drawProduce(kind: Drawing, variant = 0): string {
  const p = palettes[kind]
  const layout = kind === "giftbox" ? layouts[0] : layouts[variant % layouts.length]
  const pieces = layout.map(([x, y, s]) => piece(kind, x, y, s, p)).join("")
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 800" width="800" height="800"><rect width="800" height="800" fill="${p.bg}"/><circle cx="400" cy="420" r="300" fill="${p.accent}" opacity=".12"/>${pieces}<ellipse cx="400" cy="720" rx="260" ry="22" fill="${p.shade}" opacity=".12"/></svg>`
}
