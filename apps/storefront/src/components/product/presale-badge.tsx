/** 预售 and the day it ships from, wherever a pre-sale item shows: listing, product, cart, checkout and order. */
export function PresaleBadge({ label, ships }: { label: string; ships: string }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1 text-xs" data-testid="presale">
      <span className="rounded bg-leaf px-1.5 font-bold text-white">{label}</span>
      <span className="font-medium text-leaf">{ships}</span>
    </span>
  )
}
