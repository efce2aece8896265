// Today's date as people mean it: the local calendar day, `YYYY-MM-DD`.

/** The caller passes the clock's reading, so this stays pure. */
export function localDate(now: Date): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
