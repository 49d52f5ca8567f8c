import { CoopSignedOut, exportStockCsv } from "@/lib/medusa/coop"

/** The signed-in co-op's stock as a CSV download (the backend needs the member's token, which only the server holds). */
export async function GET() {
  try {
    return new Response(await exportStockCsv(), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": 'attachment; filename="stock.csv"',
        "cache-control": "no-store",
      },
    })
  } catch (error) {
    if (error instanceof CoopSignedOut) return new Response("Log in to the co-op portal first", { status: 401 })
    throw error
  }
}
