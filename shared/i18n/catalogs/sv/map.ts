// Svenska: köpcentrets karta: placering, avdelningsramar och hur de fälls ihop.
export default {
  'map.arranging': 'Placerar {count, plural, one {# person} other {# personer}}…',
  'map.department.people': '{count, plural, one {# person} other {# personer}}',
  'map.department.fold': 'Fäll ihop {department} till en ruta ({count, plural, one {# person} other {# personer}})',
  'map.department.unfold': 'Fäll ut {department} ({count, plural, one {# person} other {# personer}})',
  'map.department.folded': 'hopfälld',
  'map.overview': 'Kartöversikt',
  'map.label': 'Karta över köpcentret',
} as const;
