// Both review packs say the next best actions and the changes since the review in the pack's language.
import { describe, expect, it } from 'vitest';
import { reviewPackMarkdown } from '../../../shared/export/review-pack-markdown';
import { ownerPackModel } from '../../../shared/export/review-pack-owner-model';
import { ownerPack } from './owner-pack-fixture';
import { packInput } from './review-pack-fixture';

describe('actions and changes in the packs', () => {
  it('the pipeline pack lists the changes since the review in Swedish with language sv', () => {
    const swedish = reviewPackMarkdown({ ...packInput({ withReview: true }), language: 'sv' }).markdown;
    expect(swedish).toContain('- Anders Nyström (IT Manager) kom in i köpcentret som påverkare, sabotör.');
    expect(swedish).toContain('- Ny relation: Anders Nyström påverkar Eva Berg (styrka 3).');
    expect(swedish).not.toContain('joined the buying center');
  });

  it('the one-to-one pack names each deal\'s actions and changes in Swedish with language sv, in English without', async () => {
    const input = await ownerPack();
    const swedish = ownerPackModel({ ...input, language: 'sv' }).pages;
    const english = ownerPackModel(input).pages;
    const actions = (pages: typeof english) => pages.flatMap((page) => page.actions);
    const changes = (pages: typeof english) => pages.flatMap((page) => page.changes ?? []);
    expect(actions(english).length).toBeGreaterThan(0);
    expect(actions(english).some((line) => /^(Win over|Engage|Discuss|Book|Confirm|Name|Quantify|Build|Outweigh)\b/.test(line))).toBe(true);
    expect(actions(swedish).length).toBe(actions(english).length);
    expect(actions(swedish).join('\n')).toMatch(/Röjer|Höjer|Poäng/);
    expect(actions(swedish).join('\n')).not.toMatch(/\b(Clears|Raises|score)\b/);
    expect(changes(english).length).toBeGreaterThan(0);
    expect(changes(swedish).join('\n')).toContain('Steget föll tillbaka från kvalificerad till prospekt.');
    expect(changes(swedish).join('\n')).not.toContain('joined the buying center');
  });
});
