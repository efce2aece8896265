// English: the app's frame: the view switch, the language picker, the date field.
export default {
  'app.views': 'Views',
  'app.view.deals': 'Deals',
  'app.view.pipeline': 'Pipeline',
  'app.whatif-pending': 'what-if pending',
  'app.whatif-pending.description': 'A what-if simulation on “{deal}” is pending: nothing is saved until you apply or discard it.',
  'app.language': 'Language',
  'app.language.en': 'English',
  'app.language.sv': 'Svenska',
  'app.date.pattern': 'dd/mm/yyyy',
  'app.date.invalid': 'Write the date as {pattern}.',
  'app.more': 'and {count, number} more',
} as const;
