// The lens picker shows its whole Swedish choice ("Arbetsytans standard (Kvalificerat prospekt)"), not clipped at a fixed width.
import { describe, expect, it } from 'vitest';
import { buildDeal, decisionMaker } from '../support/deal-builder';
import { saveScreenshot, useAppSession } from '../support/e2e-harness';
import { expectOpenDeal } from '../support/e2e-page';

const alpha = buildDeal({ id: 'alpha-expansion', name: 'Alpha expansion', account: 'Alpha AB', stakeholders: [decisionMaker({ id: 'eva', name: 'Eva Berg' })] });

const app = useAppSession({ host: 'in-process', deals: [alpha] });

describe('the lens picker in Swedish', () => {
  it('is wide enough for the workspace default it names', async () => {
    const page = await app.openApp();
    await expectOpenDeal(page, 'Alpha expansion');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
    const picker = page.getByRole('combobox', { name: 'Lins', exact: true });
    await picker.waitFor();
    // The chosen option's text, measured in the select's own font, against the room inside it (the arrow takes about 16px).
    const fit = (await page.evaluate(`(() => {
      const select = document.querySelector('.lens-picker select');
      const style = getComputedStyle(select);
      const context = document.createElement('canvas').getContext('2d');
      context.font = style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
      const text = select.selectedOptions[0].text;
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
      return { text, needed: Math.ceil(context.measureText(text).width), room };
    })()`)) as { text: string; needed: number; room: number };
    expect(fit.text).toBe('Arbetsytans standard (Kvalificerat prospekt)');
    expect(fit.needed).toBeLessThanOrEqual(fit.room);
    await saveScreenshot(page, 'language-sv-lens-picker');
  });
});
