/**
 * CSV for people to open in a spreadsheet, and to read back: every CSV the
 * platform writes or reads goes through here. A text cell that starts like a
 * formula (`=HYPERLINK(…)`, `@SUM(…)`, `+1+2`, `-1+2`, a tab or a carriage
 * return) would be run by Excel, LibreOffice or Sheets when the file is
 * opened (OWASP "CSV injection"), so it is written with a leading `'`, which
 * they show as text. Only strings are touched: a typed number (-3) is written
 * as it is, as it cannot be a formula; dates are strings that start with a
 * digit. Every string is treated as hostile, as names and titles are typed by
 * staff or imported, so a string "-1" comes out as "'-1".
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/** How a formula starts, with the full-width forms some spreadsheets (Apple Numbers) fold into them. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A text cell as written: a formula's start gets a `'` before it. */
export const neutralizeCell = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** A text cell as read: the `'` we (or a spreadsheet) put before a formula's start is taken off again, so a file goes out and comes back unchanged. */
export const restoreCell = (text: string): string =>
  text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;

export type Cell = string | number | null;

/** Rows under a header line of `columns`; `bom` for the spreadsheets that need it to read UTF-8. */
export function writeCsv(
  rows: ReadonlyArray<readonly Cell[]>,
  options: Readonly<{ columns: readonly string[]; bom?: boolean }>,
): string {
  // Every text cell is quoted: a spreadsheet that splits on ";" (Russian, German, French Excel) would
  // otherwise cut "Meeting;=2+5" into a second cell that starts like a formula.
  return stringify(
    rows.map((row) => [...row]),
    {
      header: true,
      columns: [...options.columns],
      bom: options.bom ?? false,
      quoted_string: true,
      cast: { string: neutralizeCell },
    },
  );
}

/** Records of a file whose first line names the columns, keyed by them, cells trimmed; throws csv-parse's error (with `lines`) on a malformed file. */
export function readCsv(text: string): Record<string, string>[] {
  const records: Record<string, string>[] = parse(text.replace(/^\uFEFF/, ''), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  });
  return records.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, restoreCell(v)])));
}

/** Like `readCsv`, with the line each record ends on (the header is line 1), for problems that name it. */
export function readCsvLines(text: string): Array<{ line: number; cells: Record<string, string> }> {
  const records: Array<{ record: Record<string, string>; info: { lines: number } }> = parse(
    text.replace(/^\uFEFF/, ''),
    { columns: true, skip_empty_lines: true, trim: true, info: true },
  );
  return records.map(({ record, info }) => ({
    line: info.lines,
    cells: Object.fromEntries(Object.entries(record).map(([k, v]) => [k, restoreCell(v)])),
  }));
}
