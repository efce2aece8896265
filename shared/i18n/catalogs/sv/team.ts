// Svenska: teamets arbetsyta: synkläge, delning, krockar, en affärs historik.
export default {
  'team.state.in-step': 'I takt med teamet',
  'team.state.to-send': '{count, plural, one {# ändring} other {# ändringar}} att skicka',
  'team.state.offline': 'Offline · {count, number} väntar på att skickas',
  'team.state.attention': 'Behöver åtgärdas',
  'team.share': 'Dela med ett team…',
  'team.sync-label': 'Teamsynk',
  'team.syncing': 'Synkar…',
  'team.sync-now': 'Synka nu',
  'team.clash-file': '{file}: två personer ändrade samma fält. Öppna affären och välj vilket värde som gäller.',
} as const;
