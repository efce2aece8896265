// Svenska: ord som alla delar av Dealmap delar.
export default {
  'common.language.en': 'Engelska',
  'common.language.sv': 'Svenska',
} satisfies Record<keyof typeof import('../en/common').default, string>;
