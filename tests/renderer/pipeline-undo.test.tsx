import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDealWithSaboteur } from '../support/deal-builder';
import { renderApp } from './support/render-app';
import { pipelineShown } from './pipeline/render-pipeline';

afterEach(cleanup);

async function showView(name: 'Deals' | 'Pipeline'): Promise<void> {
  await userEvent.click(screen.getByRole('button', { name }));
  if (name === 'Pipeline') await pipelineShown();
}

describe('undo and redo keys in the pipeline', () => {
  it('leave the open deal alone there, and work again back in the deal view', async () => {
    const { store } = await renderApp([buildDealWithSaboteur()]);
    await userEvent.selectOptions(screen.getByLabelText('Status', { selector: 'select' }), 'won');
    const status = () => store.getState().deal?.status;
    expect(status()).toBe('won');

    await showView('Pipeline');
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(status()).toBe('won');

    await showView('Deals');
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(status()).toBe('open');

    await showView('Pipeline');
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await userEvent.keyboard('{Control>}y{/Control}');
    expect(status()).toBe('open');

    await showView('Deals');
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(status()).toBe('won');
  });
});
