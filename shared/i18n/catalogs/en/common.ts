// English: words every part of Dealmap shares.
export default {
  'common.language.en': 'English',
  'common.language.sv': 'Swedish',
} as const;
