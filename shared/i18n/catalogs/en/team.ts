// English: the team workspace: sync state, sharing, clashes, a deal's history.
export default {
  'team.state.in-step': 'In step with the team',
  'team.state.to-send': '{count, plural, one {# change} other {# changes}} to send',
  'team.state.offline': 'Offline · {count, number} kept to send',
  'team.state.attention': 'Needs attention',
  'team.share': 'Share with a team…',
  'team.sync-label': 'Team sync',
  'team.syncing': 'Syncing…',
  'team.sync-now': 'Sync now',
  'team.clash-file': '{file}: two people changed the same field. Open the deal to pick a value.',
} as const;
