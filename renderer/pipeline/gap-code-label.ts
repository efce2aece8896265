// Short words for gap codes in the table, filters and charts ("no-ally-path" -> "No ally path").
export function gapCodeLabel(code: string): string {
  const words = code.replace(/-/g, ' ').replace(/decision maker/g, 'decision-maker');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
