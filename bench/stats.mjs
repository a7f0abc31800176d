// Small statistics and formatting helpers shared by the bench scripts.
export const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : NaN);

export const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "n/a");

export const fmtInt = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString("en-US") : "n/a");

export const fmtRatio = (value, digits = 2) => (Number.isFinite(value) ? `${value.toFixed(digits)}×` : "n/a");

export const kb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KiB` : "n/a");

/** Bytes, exactly, with the KiB figure: `26.2 KiB (26,817 B)`. */
export const bytes = (value) =>
  Number.isFinite(value) ? `${kb(value)} (${Math.round(value).toLocaleString("en-US")} B)` : "n/a";

export const mb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : "n/a");

/** Rotates the order of the kinds each round so no kind always runs first or last. */
export const rotated = (kinds, round) => kinds.map((_, i) => kinds[(i + round) % kinds.length]);

/** A markdown table from a header row and rows of cells. */
export const table = (header, rows) =>
  [
    `| ${header.join(" | ")} |`,
    `|${header.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
