// Svenska: exportmenyerna och deras meddelanden.
export default {
  'exporting.exporting': 'Exporterar…',
  'exporting.dismiss': 'Stäng',
  'exporting.failed': 'Exporten misslyckades: {message}',
  'exporting.exported': 'Exporterade {what} till <folder></folder>',
  'exporting.files': '{count, number} filer',
  'exporting.map': 'Exportera kartan',
  'exporting.map.png': 'PNG-bild',
  'exporting.map.svg': 'SVG-bild',
  'exporting.pack': 'Exportera genomgångsunderlag',
  'exporting.pack.markdown': 'Markdown',
  'exporting.pack.html': 'HTML (utskriftsvänlig sida)',
  'exporting.pack.pdf': 'PDF',
  'exporting.hint.html': 'Öppna den i en webbläsare för att läsa eller skriva ut den.',
  'exporting.hint.print-tab': 'Den här värden kan inte skriva ut PDF (ingen Chromium): underlaget öppnades i en ny flik, välj ”Spara som PDF” i utskriftsdialogen.',
  'exporting.hint.print-blocked': 'Den här värden kan inte skriva ut PDF (ingen Chromium) och webbläsaren blockerade den nya fliken: öppna {file} i mappen och skriv ut den till PDF.',
} as const;
