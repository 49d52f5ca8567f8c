import { ArrowDownTray } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { downloadReportCsv, type Dimension, type Festival } from "../lib/festivals.js"

/** "Download CSV" of one breakdown of the festival's report. */
export function CsvButton({ festival, by }: { festival: Pick<Festival, "id" | "handle">; by: Dimension }) {
  const [busy, setBusy] = useState(false)
  const download = async () => {
    setBusy(true)
    try {
      await downloadReportCsv(festival, by)
    } catch (err) {
      toast.error("CSV download failed", { description: err instanceof Error ? err.message : String(err) })
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button size="small" variant="secondary" onClick={download} isLoading={busy}>
      <ArrowDownTray /> Download CSV
    </Button>
  )
}
