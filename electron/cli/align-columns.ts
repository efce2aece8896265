// Aligned text tables for the readable report: words left, numbers right, two spaces between columns.
/** The rows (a header first, if any) padded to each column's widest cell; trailing spaces trimmed. */
export function alignColumns(rows: readonly (readonly string[])[], rightAligned: readonly boolean[]): string[] {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) =>
    row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return rightAligned[column] ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd(),
  );
}
