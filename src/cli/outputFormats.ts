import type { CliStream } from "./io.js";
import { displayWidth, escapeControl, jsonSafe, padToWidth } from "./terminalText.js";

/** One line of output: a role in an account. */
export interface RoleRow {
  accountId: string;
  accountName: string;
  emailAddress: string;
  roleName: string;
}

/** Writes rows as they come; `end` finishes the document. */
export interface RowWriter {
  row(row: RoleRow): void;
  end(): void;
}

const COLUMNS = ["accountId", "accountName", "emailAddress", "roleName"] as const;

/** JSON: an array of row objects, written row by row so memory stays flat. Values are exact. */
export function jsonWriter(out: CliStream): RowWriter {
  let count = 0;
  return {
    row(row) {
      out.write(`${count++ === 0 ? "[\n" : ",\n"}  ${jsonSafe(JSON.stringify(row))}`);
    },
    end() {
      out.write(count === 0 ? "[]\n" : "\n]\n");
    },
  };
}

/**
 * CSV (RFC 4180 quoting) with a header line, written row by row. Control characters are
 * escaped, and a value a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
 * tab or CR) gets a leading `'`, as OWASP recommends, unless `formulas` is set.
 */
export function csvWriter(out: CliStream, { formulas = false }: { formulas?: boolean } = {}): RowWriter {
  out.write(`${COLUMNS.join(",")}\n`);
  return {
    row(row) {
      out.write(`${COLUMNS.map((column) => csvField(row[column], formulas)).join(",")}\n`);
    },
    end() {},
  };
}

const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(raw: string, formulas: boolean): string {
  const value = escapeControl(!formulas && FORMULA_START.test(raw) ? `'${raw}` : raw);
  return /[",']/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const TABLE_HEADINGS = { accountId: "ACCOUNT ID", accountName: "ACCOUNT NAME", roleName: "ROLE" } as const;
type TableColumn = keyof typeof TABLE_HEADINGS;

/**
 * An aligned table: it has to see every row to size its columns, so it writes at the end.
 * Cells are escaped as they arrive and measured in terminal columns (a CJK character takes two).
 */
export function tableWriter(out: CliStream): RowWriter {
  const columns = Object.keys(TABLE_HEADINGS) as TableColumn[];
  const rows: string[][] = [];
  const widths = columns.map((column) => displayWidth(TABLE_HEADINGS[column]));
  return {
    row(row) {
      const cells = columns.map((column) => escapeControl(row[column]));
      // A running maximum: no spread of every row into one call, which overflows the stack.
      cells.forEach((cell, i) => (widths[i] = Math.max(widths[i], displayWidth(cell))));
      rows.push(cells);
    },
    end() {
      const line = (cells: string[]) =>
        `${cells
          .map((cell, i) => padToWidth(cell, widths[i]))
          .join("  ")
          .trimEnd()}\n`;
      out.write(line(columns.map((column) => TABLE_HEADINGS[column])));
      for (const cells of rows) out.write(line(cells));
    },
  };
}
