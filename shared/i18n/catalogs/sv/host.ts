// Svenska: vad värden (appen eller webbläsarvärden) svarar när ett anrop misslyckas, med fil, fält och orsak.
export default {
  'host.deal.not-found': 'Ingen affär ”{id}”: {file} finns inte.',
  'host.deal.deleted': 'Affären ”{name}” ({file}) finns inte längre på disken: någon har tagit bort den. Din ändring {action, select, deleted {togs inte bort} other {sparades inte}}.',
  'host.deal.unreadable':
    '{problem}. Filen går inte att läsa, så den lämnades orörd. Rätta den för hand. Din ändring {action, select, deleted {togs inte bort} other {sparades inte}}.',
  'host.deal.revision':
    'Affären ”{name}” ({file}) har ändrats på disken: den är på version {onDisk}, din ändring utgick från version {startedFrom}. Läs in affären igen. Din ändring {action, select, deleted {togs inte bort} other {sparades inte}}.',
  'host.deal.edited':
    'Affären ”{name}” ({file}) har ändrats på disken sedan du öppnade den: någon har redigerat den utanför Dealmap och den är fortfarande på version {onDisk}. Läs in affären igen. Din ändring {action, select, deleted {togs inte bort} other {sparades inte}}.',
  'host.deal.locked': '{file} sparas just nu av en annan Dealmap ({reason}). Försök igen om en stund. Din ändring sparades inte.',
  'host.settings.unreadable': '{file}: {path} {reason}. Rätta filen eller ta bort den för att använda standardvärdena; Dealmap skriver aldrig över den.',
  'host.settings.unreadable-file': '{file}: {reason}. Rätta filen eller ta bort den för att använda standardvärdena; Dealmap skriver aldrig över den.',
  'host.settings.conflict':
    '{file} har ändrats på disken sedan du öppnade inställningarna (ett annat fönster, en kollega eller en handredigering sparade den). Läs in inställningarna igen och spara på nytt. Din ändring sparades inte.',
  'host.review.unreadable': '{problem}. Genomgångsfilen går inte att läsa, så den lämnades orörd. Rätta den för hand.',
  'host.review.conflict':
    'Genomgången {id} ({file}) har ändrats på disken: den är på version {onDisk}, din ändring utgick från version {startedFrom}. Läs in genomgången igen. Din coachning sparades inte.',
  'host.review.conflict-same-moment':
    'Genomgången {id} ({file}) har ändrats på disken: någon annan sparade den i samma ögonblick, din ändring utgick från version {startedFrom}. Läs in genomgången igen. Din coachning sparades inte.',
  'host.review.no-deal': 'Genomgången {id} har ingen affär ”{deal}”. Din coachning sparades inte.',
  'host.review.not-found': 'Ingen genomgång ”{id}”: {file} finns inte.',
  'host.review.none-before': 'Ingen genomgång den {date} eller tidigare.',
  'host.review.none-readable-before': 'Ingen läsbar genomgång den {date} eller tidigare.',
  'host.review.ids-taken': 'Alla genomgångs-id för {date} är upptagna.',
  'host.deal.ids-taken': 'Alla id för ”{name}” upp till -{max} är upptagna.',
  'host.export.names-taken': 'Alla exportmappnamn från ”{folder}” till ”{last}” är upptagna.',
  'host.import.nothing-to-undo': 'Det finns ingen import att ångra i den här arbetsytan.',
  'host.export.pdf-in-desktop': 'PDF-export görs i Dealmaps skrivbordsapp. I webbläsaren öppnar du det utskriftsvänliga underlaget och skriver ut det som PDF.',
  'host.request.too-large': '{name}: anropets innehåll är större än {limit} byte.',
  'host.request.cross-origin': 'Anrop från andra webbplatser nekas.',
} satisfies Record<keyof typeof import('../en/host').default, string>;
