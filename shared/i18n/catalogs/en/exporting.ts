// English: the export menus and their notices.
export default {
  'exporting.exporting': 'Exporting…',
  'exporting.dismiss': 'Dismiss',
  'exporting.failed': 'Export failed: {message}',
  'exporting.exported': 'Exported {what} to <folder></folder>',
  'exporting.files': '{count, number} files',
  'exporting.map': 'Export map',
  'exporting.map.png': 'PNG image',
  'exporting.map.svg': 'SVG image',
  'exporting.pack': 'Export review pack',
  'exporting.pack.markdown': 'Markdown',
  'exporting.pack.html': 'HTML (printable page)',
  'exporting.pack.pdf': 'PDF',
  'exporting.hint.html': 'Open it in a browser to read or print it.',
  'exporting.hint.print-tab': 'This host cannot print PDFs (no Chromium): the printable pack opened in a new tab, choose “Save as PDF” in its print dialog.',
  'exporting.hint.print-blocked': 'This host cannot print PDFs (no Chromium) and the browser blocked the new tab: open {file} from the folder and print it to PDF.',
} as const;
