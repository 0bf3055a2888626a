// Tab-separated text as spreadsheets put it on the clipboard: one line per row, a tab
// between cells; a cell holding a tab, a line break or a quote is wrapped in quotes with
// its quotes doubled (what Excel, LibreOffice and Google Sheets write and read).

/** Writes cells as tab-separated text (lines end with `\n`, the last one too). */
export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map((cells) =>
      cells
        .map((cell) => (/[\t\n\r"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
        .join('\t'),
    )
    .map((line) => `${line}\n`)
    .join('');
}

/**
 * Reads tab-separated text into rows of cells. A final line break does not make an empty
 * row; `\r\n` and `\r` count as line breaks; a quote opens a quoted cell only at the start
 * of a cell.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  let cellStart = true;
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cellStart) {
      quoted = true;
      cellStart = false;
      i += 1;
      continue;
    }
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      cellStart = true;
      i += 1;
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      cellStart = true;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    cell += ch;
    cellStart = false;
    i += 1;
  }
  if (cell !== '' || row.length > 0 || !cellStart) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
