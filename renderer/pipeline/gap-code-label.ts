// Short words for gap codes in the table, filters and charts, shared with the exports.
export { gapCodeLabel } from '../../shared/model/vocabulary-labels';
