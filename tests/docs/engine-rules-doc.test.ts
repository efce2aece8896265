// The tables of docs/engine-rules.md and docs/verdict-rules.md that the code computes, compared with the code.
import { describe, expect, it } from 'vitest';
import { GAP_CATALOG } from '../../shared/engine/gap-catalog';
import { LENS_MISSING_POINTS, SCORE_CRITERIA } from '../../shared/engine/score';
import { GAP_CODES, LENS_GAP_CODES } from '../../shared/engine/types';
import { CRITERION_MEANINGS, LENS_LABELS, lensGapCode } from '../../shared/lenses/lens-meanings';
import { LENS_IDS } from '../../shared/model/vocabulary';
import { CRITERION_GAPS } from '../shared/engine/criterion-gaps';
import { codeSpans, readDoc, tableStartingWith } from './markdown-doc';

const engineRules = readDoc('docs/engine-rules.md');
const verdictRules = readDoc('docs/verdict-rules.md');

/** What a gap costs while it stands: the points of the score criteria it fails. */
function gapPoints(code: string): number {
  if ((LENS_GAP_CODES as readonly string[]).includes(code)) return LENS_MISSING_POINTS;
  return SCORE_CRITERIA.filter((criterion) => (CRITERION_GAPS[criterion.id] as readonly string[]).includes(code)).reduce(
    (sum, criterion) => sum + criterion.points,
    0,
  );
}

function splitList(cell: string): string[] {
  return cell.split(',').map((part) => part.trim());
}

describe('docs/engine-rules.md', () => {
  it('lists the score criteria with the code’s ids and weights, in order, adding up to 100', () => {
    const table = tableStartingWith(engineRules, ['id', 'criterion', 'points']);
    const documented = table.rows.map(([id = '', , points = '']) => ({ id: codeSpans(id)[0], points: Number(points) }));
    expect(documented).toEqual(SCORE_CRITERIA.map(({ id, points }) => ({ id, points })));
    expect(documented.reduce((sum, row) => sum + row.points, 0)).toBe(100);
  });

  it('lists every gap code of the engine with its severity and the points it costs, in the engine’s order', () => {
    const table = tableStartingWith(engineRules, ['code', 'severity', 'points']);
    const documented = table.rows.map(([code = '', severity = '', points = '']) => ({
      code: codeSpans(code)[0] ?? '',
      severity,
      points: Number(points),
    }));
    const lensRow = documented.find((row) => row.code === '<lens>-<criterion>-missing');
    const coreRows = documented.filter((row) => row !== lensRow);
    const coreCodes = GAP_CODES.filter((code) => !(LENS_GAP_CODES as readonly string[]).includes(code));
    expect(coreRows).toEqual(coreCodes.map((code) => ({ code, severity: GAP_CATALOG[code].severity, points: gapPoints(code) })));
    for (const code of LENS_GAP_CODES) {
      expect({ code, severity: GAP_CATALOG[code].severity, points: gapPoints(code) }).toEqual({ ...lensRow, code });
    }
  });

  it('lists each lens’s criteria in lens order', () => {
    const table = tableStartingWith(engineRules, ['Lens', 'Criterion', 'Missing', 'Identified', 'Validated']);
    for (const lens of LENS_IDS) {
      const documented = table.rows
        .filter(([lenses = '']) => splitList(lenses).includes(LENS_LABELS[lens]))
        .flatMap(([, criteria = '']) => splitList(criteria));
      expect({ lens, criteria: documented }).toEqual({
        lens,
        criteria: Object.values(CRITERION_MEANINGS[lens]).map((meaning) => meaning.label),
      });
    }
  });
});

describe('docs/verdict-rules.md', () => {
  it('gives every lens criterion its gap code and the meaning the engine uses', () => {
    const table = tableStartingWith(verdictRules, ['Lens', 'Criterion', 'Gap code', 'What it means']);
    const documented = table.rows.map(([lens = '', criterion = '', code = '', meaning = '']) => ({
      lens,
      criterion,
      code: codeSpans(code)[0],
      meaning,
    }));
    const expected = LENS_IDS.flatMap((lens) =>
      Object.entries(CRITERION_MEANINGS[lens]).map(([criterion, { label, meaning }]) => ({
        lens: LENS_LABELS[lens],
        criterion: label,
        code: lensGapCode(lens, criterion),
        meaning,
      })),
    );
    expect(documented).toEqual(expected);
    expect(documented.map((row) => row.code).sort()).toEqual([...LENS_GAP_CODES].sort());
  });
});
