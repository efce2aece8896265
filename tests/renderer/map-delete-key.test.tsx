import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { isMapDeleteTarget } from '../../renderer/map/use-map-delete-key';
import { buildDealWithSaboteur } from '../support/deal-builder';
import { renderApp } from './support/render-app';

afterEach(cleanup);

function mapNode(stakeholderId: string): HTMLElement {
  const node = document.querySelector(`[data-stakeholder-id="${stakeholderId}"]`)?.closest<HTMLElement>('.react-flow__node');
  if (!node) throw new Error(`no map node for ${stakeholderId}`);
  return node;
}

/** A key pressed and released on `target`, as the keyboard sends it. */
function press(target: Element, key: string): void {
  fireEvent.keyDown(target, { key });
  fireEvent.keyUp(target, { key });
}

/** Selects a card from the keyboard, as a user tabbing to it and pressing Enter does. */
async function selectCard(stakeholderId: string): Promise<HTMLElement> {
  const node = mapNode(stakeholderId);
  node.focus();
  press(node, 'Enter');
  await waitFor(() => expect(mapNode(stakeholderId).className).toContain('selected'));
  return mapNode(stakeholderId);
}

/**
 * Deletes Eva on purpose once a stray key was pressed. React Flow deletes asynchronously, so a
 * stray delete sent before would have answered by then: Anders must still be on the deal.
 */
async function expectOnlyTheIntendedDelete(store: Awaited<ReturnType<typeof renderApp>>['store']): Promise<void> {
  press(await selectCard('eva'), 'Delete');
  await waitFor(() => expect(stakeholderIds(store)).not.toContain('eva'));
  expect(stakeholderIds(store)).toContain('anders');
  expect(store.getState().history.past).toHaveLength(1);
}

function stakeholderIds(store: Awaited<ReturnType<typeof renderApp>>['store']): string[] {
  return store.getState().deal?.stakeholders.map((s) => s.id) ?? [];
}

describe('the Delete key on the map', () => {
  it('deletes the selected card when the card has the focus, and Undo brings it back', async () => {
    const { store } = await renderApp([buildDealWithSaboteur()]);
    const node = await selectCard('anders');
    press(node, 'Delete');
    await waitFor(() => expect(stakeholderIds(store)).not.toContain('anders'));
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(stakeholderIds(store)).toContain('anders');
  });

  it('deletes the selected card with Backspace when the focus is on the page itself', async () => {
    const { store } = await renderApp([buildDealWithSaboteur()]);
    await selectCard('anders');
    (document.activeElement as HTMLElement).blur();
    expect(document.activeElement).toBe(document.body);
    press(document.body, 'Backspace');
    await waitFor(() => expect(stakeholderIds(store)).not.toContain('anders'));
  });

  it('leaves the card alone when the key is pressed on a gap in the side panel', async () => {
    const { store } = await renderApp([buildDealWithSaboteur()]);
    await selectCard('anders');
    const gap = screen.getAllByRole('button').find((b) => b.dataset.gapCode === 'saboteur-unchecked');
    if (!gap) throw new Error('no saboteur-unchecked gap');
    gap.focus();
    press(gap, 'Delete');
    press(gap, 'Backspace');
    expect(mapNode('anders').className).toContain('selected');
    await expectOnlyTheIntendedDelete(store);
  });

  it('leaves the card alone while a dialog is open, on its Cancel button or on the body', async () => {
    const { store } = await renderApp([buildDealWithSaboteur()]);
    await selectCard('anders');
    await userEvent.click(screen.getByRole('button', { name: 'New deal' }));
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    cancel.focus();
    press(cancel, 'Delete');
    cancel.blur();
    press(document.body, 'Delete');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await expectOnlyTheIntendedDelete(store);
  });

  it('leaves the card alone when the key is pressed in the deal list or the map’s zoom controls', async () => {
    const { store } = await renderApp([buildDealWithSaboteur()]);
    await selectCard('anders');
    const dealRow = screen.getByRole('button', { name: /ERP replacement/ });
    dealRow.focus();
    press(dealRow, 'Delete');
    const zoomIn = document.querySelector<HTMLElement>('.react-flow__controls-zoomin');
    if (!zoomIn) throw new Error('no zoom-in control');
    zoomIn.focus();
    press(zoomIn, 'Backspace');
    await expectOnlyTheIntendedDelete(store);
  });

  it('tells map targets from everything else', () => {
    document.body.innerHTML = `
      <div class="react-flow" id="flow">
        <div class="react-flow__pane"></div>
        <div class="react-flow__node" tabindex="0" id="node"><button id="inside-node">Add</button></div>
        <div class="react-flow__panel"><button id="zoom">+</button></div>
      </div>
      <aside><button id="gap">Gap</button><input id="field" /></aside>`;
    const flow = document.getElementById('flow');
    const target = (id: string) => document.getElementById(id);
    expect(isMapDeleteTarget(document.querySelector('.react-flow__pane'), flow)).toBe(true);
    expect(isMapDeleteTarget(target('node'), flow)).toBe(true);
    expect(isMapDeleteTarget(document.body, flow)).toBe(true);
    for (const id of ['inside-node', 'zoom', 'gap', 'field']) expect(isMapDeleteTarget(target(id), flow)).toBe(false);
    document.body.insertAdjacentHTML('beforeend', '<div role="dialog"></div>');
    expect(isMapDeleteTarget(target('node'), flow)).toBe(false);
    expect(isMapDeleteTarget(document.body, flow)).toBe(false);
    document.body.innerHTML = '';
  });
});
