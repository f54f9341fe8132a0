export { parseCsv, type CsvRecord, type LineProblem, type ParsedCsv } from './csv.js';
export {
  CSV_HEADER,
  MAX_CSV_ROWS,
  SERIES_KEY_PATTERN,
  isIsoDate,
  readMetricCsv,
  type CsvPoint,
  type MetricCsvResult,
  type MetricShape,
} from './metric-csv.js';
export {
  MetricDefinitions,
  readSeedMetric,
  type LocalizedText,
  type MetricDefinition,
  type SeedMetric,
} from './metric-definitions.js';
