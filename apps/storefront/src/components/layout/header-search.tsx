"use client"

import { usePathname } from "next/navigation"

/** The header's search box, a plain GET form to the search page; the search page has its own, so it hides there. */
export function HeaderSearch({ action, label, placeholder, button }: { action: string; label: string; placeholder: string; button: string }) {
  if (usePathname() === action) return null
  return (
    <form action={action} role="search" className="w-full sm:order-2 sm:w-auto sm:flex-1 sm:max-w-md">
      <label htmlFor="site-search" className="sr-only">
        {label}
      </label>
      <div className="flex">
        <input
          id="site-search"
          name="q"
          type="search"
          maxLength={200}
          enterKeyHint="search"
          placeholder={placeholder}
          className="w-full rounded-l-full border border-sand-dark bg-sand px-4 py-2 text-base"
        />
        <button type="submit" className="shrink-0 rounded-r-full bg-jujube px-4 text-sm font-semibold whitespace-nowrap text-white">
          {button}
        </button>
      </div>
    </form>
  )
}
