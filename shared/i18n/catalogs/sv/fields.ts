// Svenska: hur ett kvalificeringsfält läses i en sammanfattning när något annat står i dess ställe eller inget finns.
export default {
  'fields.pain.none': 'inte nedskrivet',
  'fields.pain.from-need': 'ur behovet: {text}',
} satisfies Record<keyof typeof import('../en/fields').default, string>;
