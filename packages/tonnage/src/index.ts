export { TonnageError, type TonnageErrorCode } from "./core/error.js";
export { report } from "./core/report.js";
export {
  DIMENSIONS,
  PRESALE_FILTERS,
  type PresaleFilter,
  type BreakdownRow,
  type Dimension,
  type Figures,
  type Progress,
  type Report,
  type ReportOptions,
  type SoldLine,
  type SoldPart,
} from "./core/types.js";
export { formatMinor, formatTonnes, keptAmount, partShare } from "./core/units.js";
export { dayInZone, dayRange, dayStart } from "./core/zone.js";
export { displayWidth } from "./core/width.js";
export {
  formatCsv,
  formatJson,
  formatMarkdown,
  formatReport,
  formatTable,
  type Format,
  type FormatOptions,
} from "./core/format-text.js";
export {
  festivalOptions,
  findFestival,
  queryFestivalReport,
  queryReport,
  readOnly,
  type Festival,
  type Queryable,
} from "./adapters/postgres.js";
export { run, type CliIo } from "./cli.js";
