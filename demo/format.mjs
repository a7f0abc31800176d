// Plain-text output helpers: headings, aligned tables, redaction and error summaries.

/** A section heading, underlined so it stands out in a CI log too. */
export function heading(title) {
  console.log(`\n${title}\n${"=".repeat(title.length)}`);
}

/** A sub-heading inside a section. */
export function subheading(title) {
  console.log(`\n${title}\n${"-".repeat(title.length)}`);
}

/**
 * Prints rows (arrays of cells) under a header, columns padded to their widest cell. With
 * `limit`, only the first rows are shown and the rest are counted.
 */
export function table(header, rows, { limit = rows.length } = {}) {
  const shown = rows.slice(0, limit);
  const widths = header.map((title, column) =>
    Math.max(String(title).length, ...shown.map((row) => String(row[column] ?? "").length)),
  );
  const line = (cells) =>
    "  " +
    cells
      .map((cell, column) => String(cell ?? "").padEnd(widths[column]))
      .join("  ")
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((width) => "-".repeat(width))));
  for (const row of shown) console.log(line(row));
  if (rows.length > shown.length) console.log(`  … and ${rows.length - shown.length} more`);
}

/** The first four characters and a marker: enough to tell values apart, never enough to use one. */
export function redact(secret) {
  if (typeof secret !== "string" || secret === "") return String(secret);
  return `${secret.slice(0, 4)}…(redacted)`;
}

/** An error the way a caller would inspect it: name, message, HTTP status and attempts. */
export function describeError(error) {
  const metadata = error?.$metadata ?? {};
  return [
    `${error?.name}: ${error?.message}`,
    `httpStatusCode=${metadata.httpStatusCode ?? "-"}`,
    `attempts=${metadata.attempts ?? "-"}`,
  ].join("  ");
}

/** Fails the demo loudly when the emulator or the client does not do what the demo shows. */
export function check(condition, message) {
  if (!condition) throw new Error(`demo check failed: ${message}`);
}
