// Typing continues across an autosave: the save never rewrites the text a field is being typed into.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDealWithSaboteur } from '../support/deal-builder';
import { renderApp } from './support/render-app';

afterEach(cleanup);

function saveStatus(): string {
  return screen.getByRole('status').textContent ?? '';
}

describe('a pause in typing', () => {
  it('keeps the space typed before the pause, so the next word does not run into the last', async () => {
    const { api } = await renderApp([buildDealWithSaboteur()]);
    const name = () => screen.getByLabelText('Deal name') as HTMLInputElement;
    fireEvent.change(name(), { target: { value: 'ERP ' } });
    await waitFor(() => expect(saveStatus()).toBe('Saved'));
    expect(name().value).toBe('ERP ');
    fireEvent.change(name(), { target: { value: `${name().value}2027` } });
    await waitFor(() => expect(api.deals.get('acme-erp')).toMatchObject({ name: 'ERP 2027', revision: 3 }));
  });
});
