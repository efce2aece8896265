import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { qualifyDeal } from '../../shared/engine';
import { completeLayout } from '../../shared/layout/complete-layout';
import type { Deal } from '../../shared/model/deal-schema';
import { buildMapNodes } from '../../renderer/map/map-elements';
import type { MapNode } from '../../renderer/map/map-types';
import { StakeholderNode, sameCard } from '../../renderer/map/stakeholder-node';
import { buildDeal, buildDealWithSaboteur, decisionMaker, stakeholder } from '../support/deal-builder';

afterEach(cleanup);

const nodeTypes = { stakeholder: StakeholderNode };

function renderMapOf(deal: Deal) {
  const qualification = qualifyDeal(deal, { asOf: '2026-11-27' });
  const nodes = buildMapNodes(deal, completeLayout(deal), qualification, null, null).filter(
    (node): node is Extract<MapNode, { type: 'stakeholder' }> => node.type === 'stakeholder',
  );
  render(
    <div style={{ width: 800, height: 600 }}>
      <ReactFlowProvider>
        <ReactFlow nodes={nodes} edges={[]} nodeTypes={nodeTypes} />
      </ReactFlowProvider>
    </div>,
  );
  return qualification;
}

function card(stakeholderId: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-stakeholder-id="${stakeholderId}"]`);
  if (!element) throw new Error(`no card for ${stakeholderId}`);
  return element;
}

describe('StakeholderNode', () => {
  it('shows name, title, role, the stance as a word and influence as text', () => {
    renderMapOf(buildDealWithSaboteur());
    const anders = card('anders');
    expect(within(anders).getByText('Anders Nyström')).toBeTruthy();
    expect(within(anders).getByText('IT Manager')).toBeTruthy();
    expect(within(anders).getByText('Influencer')).toBeTruthy();
    expect(within(anders).getByText(/Saboteur/)).toBeTruthy();
    expect(anders.textContent).toContain('3/5');
    expect(anders.className).toContain('stance-saboteur');
  });

  it('carries a badge with the count of gaps naming the stakeholder, in blocker colour for a blocker', () => {
    const qualification = renderMapOf(buildDealWithSaboteur());
    const evaGaps = qualification.gaps.filter((gap) => gap.stakeholderIds.includes('eva'));
    expect(evaGaps.some((gap) => gap.severity === 'blocker')).toBe(true);
    const badge = card('eva').querySelector('.gap-badge');
    expect(badge?.textContent).toBe(`${evaGaps.length} gaps`);
    expect(badge?.className).toContain('gap-badge-blocker');
  });

  it('has no badge for a stakeholder no gap names', () => {
    const deal = buildDeal({
      need: { confirmed: true, summary: 'Month-end close takes nine days' },
      stakeholders: [
        decisionMaker({ id: 'dana', stance: 'champion', interest: 'committed', lastContact: '2026-11-25' }),
        stakeholder({ id: 'olle', interest: 'discussing-benefits', lastContact: null }),
      ],
    });
    const qualification = renderMapOf(deal);
    expect(qualification.gaps.some((gap) => gap.stakeholderIds.includes('olle'))).toBe(false);
    expect(card('olle').querySelector('.gap-badge')).toBeNull();
    expect(screen.getAllByText(/Champion/).length).toBeGreaterThan(0);
  });
});

describe('StakeholderNode re-rendering', () => {
  const deal = buildDealWithSaboteur();
  const [node] = buildMapNodes(deal, completeLayout(deal), qualifyDeal(deal, { asOf: '2026-11-27' }), null, null).filter(
    (candidate): candidate is Extract<MapNode, { type: 'stakeholder' }> => candidate.type === 'stakeholder',
  );
  if (!node) throw new Error('the deal has no stakeholder');
  const props = {
    id: node.id,
    type: 'stakeholder' as const,
    data: node.data,
    selected: false,
    dragging: false,
    zIndex: 0,
    selectable: true,
    deletable: true,
    draggable: true,
    isConnectable: true,
    positionAbsoluteX: 0,
    positionAbsoluteY: 0,
  };

  it('keeps the card when React Flow only measures or moves it (the opening measures every card once)', () => {
    const measured = { ...props, width: 220, height: 110, positionAbsoluteX: 40, positionAbsoluteY: 80, zIndex: 1000, dragging: true };
    expect(sameCard(props, measured)).toBe(true);
  });

  it('draws the card again when its data or selection changes', () => {
    expect(sameCard(props, { ...props, selected: true })).toBe(false);
    expect(sameCard(props, { ...props, data: { ...node.data, gapCount: node.data.gapCount + 1 } })).toBe(false);
    expect(sameCard(props, { ...props, id: 'someone-else' })).toBe(false);
  });
});
