import type { CliStream } from "./io.js";

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

/** JSON: an array of row objects, written row by row so memory stays flat. */
export function jsonWriter(out: CliStream): RowWriter {
  let count = 0;
  return {
    row(row) {
      out.write(`${count++ === 0 ? "[\n" : ",\n"}  ${JSON.stringify(row)}`);
    },
    end() {
      out.write(count === 0 ? "[]\n" : "\n]\n");
    },
  };
}

/** CSV (RFC 4180 quoting) with a header line, written row by row. */
export function csvWriter(out: CliStream): RowWriter {
  out.write(`${COLUMNS.join(",")}\n`);
  return {
    row(row) {
      out.write(`${COLUMNS.map((column) => csvField(row[column])).join(",")}\n`);
    },
    end() {},
  };
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const TABLE_HEADINGS = { accountId: "ACCOUNT ID", accountName: "ACCOUNT NAME", roleName: "ROLE" } as const;

/** An aligned table: it has to see every row to size its columns, so it writes at the end. */
export function tableWriter(out: CliStream): RowWriter {
  const rows: RoleRow[] = [];
  return {
    row(row) {
      rows.push(row);
    },
    end() {
      const columns = Object.keys(TABLE_HEADINGS) as Array<keyof typeof TABLE_HEADINGS>;
      const widths = columns.map((column) => Math.max(TABLE_HEADINGS[column].length, ...rows.map((row) => row[column].length)));
      const line = (cells: string[]) => `${cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd()}\n`;
      out.write(line(columns.map((column) => TABLE_HEADINGS[column])));
      for (const row of rows) out.write(line(columns.map((column) => row[column])));
    },
  };
}
