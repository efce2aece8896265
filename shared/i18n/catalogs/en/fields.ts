// English: how a qualification field reads in a summary line when it stands in or is missing (shared/model/field-readings.ts).
export default {
  'fields.pain.none': 'not written down',
  'fields.pain.from-need': 'from the need: {text}',
} as const;
