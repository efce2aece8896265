// English: the buying-center map: arranging, department frames and their folding.
export default {
  'map.arranging': 'Arranging {count, plural, one {# person} other {# people}}…',
  'map.department.people': '{count, plural, one {# person} other {# people}}',
  'map.department.fold': 'Fold {department} into one box ({count, plural, one {# person} other {# people}})',
  'map.department.unfold': 'Unfold {department} ({count, plural, one {# person} other {# people}})',
  'map.department.folded': 'folded',
  'map.overview': 'Map overview',
  'map.label': 'Buying-center map',
} as const;
