import { describe, expect, it } from 'vitest';
import { stakeholderCardSvg } from '../../../shared/export/map-svg-card';
import { ROLE_LABELS, STANCE_LABELS } from '../../../shared/model/vocabulary-labels';
import { STAKEHOLDER_ROLES, STAKEHOLDER_STANCES } from '../../../shared/model/vocabulary';
import { NODE_WIDTH } from '../../../shared/layout/layout-geometry';
import { stakeholder } from '../../support/deal-builder';

const marks = { gapCount: 0, hasBlocker: false, highlighted: false };

describe('the exported card chips', () => {
  it.each(STAKEHOLDER_ROLES.flatMap((role) => STAKEHOLDER_STANCES.map((stance) => [role, stance] as const)))(
    'show "%s" and "%s" in full, inside the card',
    (role, stance) => {
      const svg = stakeholderCardSvg(stakeholder({ id: 'p', role, stance }), { x: 0, y: 0 }, marks);
      const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
      expect(texts).toContain(ROLE_LABELS[role]);
      expect(texts.some((text) => text?.endsWith(STANCE_LABELS[stance]))).toBe(true);
      const rects = [...svg.matchAll(/<rect x="([\d.]+)" y="52" width="(\d+)"/g)].map((m) => Number(m[1]) + Number(m[2]));
      expect(rects).toHaveLength(2);
      for (const right of rects) expect(right).toBeLessThanOrEqual(NODE_WIDTH - 10);
    },
  );
});
