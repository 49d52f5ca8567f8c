import { getImageProps, type ImageProps } from "next/image"
import { preload as preloadResource } from "react-dom"
import { isOptimized, pictureSrc } from "@/lib/pictures"

/**
 * A shop picture: for an upload, an `<img>` whose srcset Next's image optimizer fills (AVIF or WebP at each width,
 * lazy unless `preload`); a drawing or another host's picture as it is. Built with `getImageProps` rather than
 * `<Image>`, so a page of pictures stays server-rendered HTML: `<Image>` is a Client Component, and a grid of them
 * costs the phone hydration work for nothing. `preload` puts the picture in the document's head, as `<Image>` does.
 */
export function Picture({ src, preload = false, ...rest }: Omit<ImageProps, "src" | "unoptimized" | "priority"> & { src: string }) {
  const local = pictureSrc(src)
  const { props } = getImageProps({ ...rest, src: local, unoptimized: !isOptimized(local), preload })
  if (preload) preloadResource(props.src, { as: "image", imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: "high" })
  return <img {...props} alt={rest.alt} fetchPriority={preload ? "high" : props.fetchPriority} />
}
