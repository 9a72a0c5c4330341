/** Summaries and tables for benchmark figures. */

export function median(values) {
  return quantile(values, 0.5);
}

/** The q-quantile by linear interpolation (0.95 for the 95th percentile). */
export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

export function summary(values) {
  return { median: round(median(values)), p95: round(quantile(values, 0.95)), runs: values.length };
}

export function round(value, places = 2) {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** A plain text table: `rows` are arrays of cells; the first row is the header. */
export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i] ?? '').length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? String(cell ?? '').padEnd(widths[i]) : String(cell ?? '').padStart(widths[i]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
