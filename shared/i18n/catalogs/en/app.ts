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
  'app.pane.deal-list.hide': 'Hide deals',
  'app.pane.deal-list.show': 'Show deals',
  'app.pane.side-panel.hide': 'Hide side panel',
  'app.pane.side-panel.show': 'Show side panel',
  'app.amount.invalid': 'Enter an amount of 0 or more, like 250000 or 1234.50.',
} as const;
