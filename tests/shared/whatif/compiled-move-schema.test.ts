// isWhatIfMove, on zod's compiled move schema, accepts exactly the moves the runtime parser accepts.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { rankDealActions } from '../../../shared/actions/rank-deal-actions';
import { defaultWorkspaceSettings } from '../../../shared/settings/workspace-settings';
import { isWhatIfMove, whatIfMoveSchema } from '../../../shared/whatif/what-if-move';
import { generateDeals } from '../../../electron/services/generate';

// Wrong values of every kind a move may carry: types, ranges, blanks, dates, unknown words.
const BROKEN_VALUES: readonly unknown[] = [undefined, null, true, 0, -1, 1.5, 4, 6, '', '   ', 'x', '2026-02-30', [], {}, ['nope'], 'a'.repeat(65)];

describe('the compiled move schema', () => {
  it('compiles here, where zod may generate code', () => {
    expect(() => z.compile(whatIfMoveSchema, { strict: true })).not.toThrow();
  });

  it('accepts and refuses exactly what the runtime parser does: every ranked move, and each of its fields broken', () => {
    const deals = generateDeals({ deals: 40, seed: 3, asOf: '2026-11-27' });
    const moves = deals.flatMap((deal) => rankDealActions(deal, { asOf: '2026-12-01', settings: defaultWorkspaceSettings() }).flatMap((action) => action.moves));
    const kinds = new Set(moves.map((move) => move.kind));
    let refused = 0;
    for (const move of moves) {
      expect(isWhatIfMove(move)).toBe(true);
      for (const field of [...Object.keys(move), 'unknown-field']) {
        for (const value of BROKEN_VALUES) {
          const broken = { ...move, [field]: value };
          const runtime = whatIfMoveSchema.safeParse(broken).success;
          expect(isWhatIfMove(broken)).toBe(runtime);
          if (!runtime) refused += 1;
        }
      }
    }
    // Many kinds of move, and many refusals, were really checked.
    expect(kinds.size).toBeGreaterThan(8);
    expect(refused).toBeGreaterThan(1_000);
  }, 60_000);
});
