// The map's colours live once in shared/layout/map-style: the app's stylesheet holds the same values, the exported card paints with them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stakeholderCardSvg } from '../../../shared/export/map-svg-card';
import { MAP_COLOURS, STANCE_COLOURS, STANCE_SYMBOLS } from '../../../shared/layout/map-style';
import { STAKEHOLDER_STANCES } from '../../../shared/model/vocabulary';
import { stakeholder } from '../../support/deal-builder';

const css = (file: string) => readFileSync(new URL(`../../../renderer/styles/${file}`, import.meta.url), 'utf8');

function cssToken(text: string, name: string): string | undefined {
  return new RegExp(`--${name}:\\s*(#[0-9a-f]{6})\\s*;`, 'i').exec(text)?.[1]?.toLowerCase();
}

describe('the map style', () => {
  it('gives every stance the colours the app’s stylesheet paints the card with', () => {
    const base = css('base.css');
    for (const stance of STAKEHOLDER_STANCES) {
      expect({ stance, strong: cssToken(base, stance), soft: cssToken(base, `${stance}-soft`) }).toEqual({
        stance,
        strong: STANCE_COLOURS[stance].strong,
        soft: STANCE_COLOURS[stance].soft,
      });
    }
  });

  it('draws reports-to lines on screen in the colour of the export', () => {
    expect(/\.reports-to-edge \.react-flow__edge-path \{\s*stroke: (#[0-9a-f]{6});/i.exec(css('map.css'))?.[1]).toBe(MAP_COLOURS.reportsTo);
  });

  it('paints the exported card’s stripe and stance chip with the stance colours and symbol', () => {
    for (const stance of STAKEHOLDER_STANCES) {
      const svg = stakeholderCardSvg(stakeholder({ id: 'p', stance }), { x: 0, y: 0 }, { gapCount: 0, hasBlocker: false, highlighted: false });
      expect(svg).toContain(`fill="${STANCE_COLOURS[stance].strong}"`);
      expect(svg).toContain(`fill="${STANCE_COLOURS[stance].soft}"`);
      expect(svg).toContain(`>${STANCE_SYMBOLS[stance]} `);
    }
  });
});
