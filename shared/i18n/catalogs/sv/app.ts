// Svenska: appens ram: vyväxlaren, språkvalet, datumfältet.
export default {
  'app.views': 'Vyer',
  'app.view.deals': 'Affärer',
  'app.view.pipeline': 'Pipeline',
  'app.whatif-pending': 'simulering pågår',
  'app.whatif-pending.description': 'En simulering av ”{deal}” pågår: inget sparas förrän du tillämpar eller slänger den.',
  'app.language': 'Språk',
  'app.language.en': 'English',
  'app.language.sv': 'Svenska',
  'app.date.pattern': 'åååå-mm-dd',
  'app.date.invalid': 'Skriv datumet som {pattern}.',
  'app.more': 'och {count, number} till',
  'app.pane.deal-list.hide': 'Dölj affärerna',
  'app.pane.deal-list.show': 'Visa affärerna',
  'app.pane.side-panel.hide': 'Dölj sidopanelen',
  'app.pane.side-panel.show': 'Visa sidopanelen',
  'app.amount.invalid': 'Skriv ett belopp på 0 eller mer, till exempel 250000 eller 1234.50.',
} as const;
