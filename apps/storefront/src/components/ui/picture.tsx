import { getImageProps, type ImageProps } from "next/image"
import { preload as preloadResource } from "react-dom"
import { isOptimized, PICTURE_PLACES, pictureSrc, type PicturePlace, widthsUpTo } from "@/lib/pictures"

/**
 * A shop picture: for an upload, an `<img>` whose srcset Next's image optimizer fills (AVIF or WebP at each width,
 * lazy unless `preload`); a drawing or another host's picture as it is. Built with `getImageProps` rather than
 * `<Image>`, so a page of pictures stays server-rendered HTML: `<Image>` is a Client Component, and a grid of them
 * costs the phone hydration work for nothing. `preload` puts the picture in the document's head, as `<Image>` does.
 * `place` sizes a picture that follows the screen (lib/pictures.ts); without it the picture is `width` wide, 1× or 2×.
 */
export function Picture({
  src,
  place,
  preload = false,
  ...rest
}: Omit<ImageProps, "src" | "unoptimized" | "priority" | "sizes"> & { src: string; place?: PicturePlace }) {
  const local = pictureSrc(src)
  const sizing = place && PICTURE_PLACES[place]
  const { props } = getImageProps({ ...rest, sizes: sizing?.sizes, src: local, unoptimized: !isOptimized(local), preload })
  const srcSet = sizing ? widthsUpTo(props.srcSet, sizing.widest * 3) : props.srcSet
  if (preload) preloadResource(props.src, { as: "image", imageSrcSet: srcSet, imageSizes: props.sizes, fetchPriority: "high" })
  return <img {...props} srcSet={srcSet} alt={rest.alt} fetchPriority={preload ? "high" : props.fetchPriority} />
}
