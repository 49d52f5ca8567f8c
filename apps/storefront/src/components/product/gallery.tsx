import { Picture } from "@/components/ui/picture"

/** Product pictures: a swipeable row on phones (scroll snap, no JavaScript), thumbnails link to each picture. */
export function Gallery({ images, title, label, altFor }: { images: string[]; title: string; label: string; altFor: (n: number) => string }) {
  if (!images.length) return <div className="aspect-square rounded-2xl bg-sand" aria-hidden="true" />
  return (
    <section aria-label={label} className="space-y-2">
      <div className="flex snap-x snap-mandatory overflow-x-auto rounded-2xl bg-sand">
        {images.map((src, i) => (
          <Picture
            key={src + i}
            id={`image-${i + 1}`}
            src={src}
            alt={i === 0 ? title : altFor(i + 1)}
            width={800}
            height={800}
            place="gallery"
            // The first picture is the page's largest paint: preloaded from the document's head.
            preload={i === 0}
            className="aspect-square w-full shrink-0 snap-center object-cover"
          />
        ))}
      </div>
      {images.length > 1 && (
        <div className="flex gap-2">
          {images.map((src, i) => (
            <a key={src + i} href={`#image-${i + 1}`} className="block h-16 w-16 overflow-hidden rounded-lg border border-sand-dark">
              <Picture src={src} alt={altFor(i + 1)} width={64} height={64} className="h-full w-full object-cover" />
            </a>
          ))}
        </div>
      )}
    </section>
  )
}
