import { GridSkeleton } from "@/components/ui/grid-skeleton"

export default GridSkeleton
