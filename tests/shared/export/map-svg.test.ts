// buyingCenterSvg: a standalone, well-formed picture of the buying center with every stakeholder, escaped text, marked saboteurs.
import { describe, expect, it } from 'vitest';
import { qualifyDeal } from '../../../shared/engine';
import { buyingCenterSvg } from '../../../shared/export/map-svg';
import { MAP_COLOURS } from '../../../shared/layout/map-style';
import { completeLayout } from '../../../shared/layout/complete-layout';
import {
  TEST_AS_OF,
  buildDeal,
  buildDealWithSaboteur,
  buildHealthyDeal,
  decisionMaker,
  influences,
  reportsTo,
  stakeholder,
} from '../../support/deal-builder';
import { xmlProblems, xmlText } from '../../support/xml-well-formed';
import type { Deal } from '../../../shared/model/deal-schema';
import { inEnglish } from '../../support/english-gaps';

function svgOf(deal: Deal, highlightGapId?: string): string {
  return buyingCenterSvg(deal, qualifyDeal(deal, { asOf: TEST_AS_OF }), { highlightGapId });
}

const trickyDeal = buildDeal({
  id: 'tricky',
  name: 'Deal <script>alert("x")</script> & co',
  account: "O'Brien & <Sons>",
  stakeholders: [
    decisionMaker({ id: 'ceo', name: 'Åsa "The Boss" <Lind>', title: "CFO & 'friends'", stance: 'champion' }),
    stakeholder({ id: 'sab', name: 'Bo\u0007 & Co <b>', stance: 'saboteur', role: 'influencer' }),
    stakeholder({ id: 'new', name: 'Cleo ]]> Park', title: '<!-- not a comment -->' }),
  ],
  relations: [influences('sab', 'ceo', 3), influences('new', 'ceo', 1), reportsTo('new', 'ceo')],
});

describe('buyingCenterSvg', () => {
  it('is one well-formed SVG element with no external references', () => {
    for (const deal of [buildHealthyDeal(), buildDealWithSaboteur(), trickyDeal, buildDeal()]) {
      const svg = svgOf(deal);
      expect(xmlProblems(svg)).toEqual([]);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/);
      expect(svg).not.toMatch(/href|url\(|@import|<image|<script|<foreignObject/i);
    }
  });

  it('escapes names, titles and accounts with < > & " \' and drops characters XML forbids', () => {
    const svg = svgOf(trickyDeal);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<Lind>');
    expect(svg).not.toContain('<!-- not');
    expect(svg).not.toContain('\u0007');
    expect(svg).toContain('Åsa &quot;The Boss&quot; &lt;Lind&gt;');
    expect(svg).toContain('O&#39;Brien &amp; &lt;Sons&gt;');
    const text = xmlText(svg);
    expect(text).toContain('Cleo ]]> Park');
    expect(text).toContain('Bo & Co <b>');
  });

  it('draws every stakeholder once, at its layout position completed for those without one', () => {
    const deal = { ...trickyDeal, layout: { ceo: { x: 400, y: 0 }, sab: { x: 100, y: 300 } } };
    const svg = svgOf(deal);
    for (const person of deal.stakeholders) {
      expect(svg.match(new RegExp(`data-stakeholder-id="${person.id}"`, 'g'))).toHaveLength(1);
    }
    // Relative placement survives the shift into the picture: the saboteur is 300 left of and 300 below the CEO.
    const cardAt = (id: string) => {
      const match = new RegExp(`data-stakeholder-id="${id}"><title>[^<]*</title>(?:<rect[^>]*stroke-width="3.5"/>)?<rect x="([\\d.-]+)" y="([\\d.-]+)"`).exec(svg);
      return { x: Number(match?.[1]), y: Number(match?.[2]) };
    };
    expect(cardAt('ceo').x - cardAt('sab').x).toBe(300);
    expect(cardAt('sab').y - cardAt('ceo').y).toBe(300);
    const completed = completeLayout(deal);
    expect(cardAt('new').x - cardAt('ceo').x).toBe((completed.new?.x ?? 0) - 400);
  });

  it('says role and stance in words beside the stance colour, and the title names deal, account, stage and score', () => {
    const deal = buildDealWithSaboteur();
    const qualification = qualifyDeal(deal, { asOf: TEST_AS_OF });
    const text = xmlText(buyingCenterSvg(deal, qualification));
    expect(text).toContain('ERP replacement — Acme AB');
    expect(text).toContain(`Score ${qualification.score}/100`);
    expect(text).toContain('Stage Prospect');
    expect(text).toContain('Decision-maker');
    expect(text).toContain('✕ Saboteur');
    expect(text).toContain('Influencer');
  });

  it('marks a saboteur’s influence as hostile: red, dashed, labelled "against"; width grows with strength', () => {
    const deal = buildDeal({
      stakeholders: [decisionMaker({ id: 'eva' }), stakeholder({ id: 'sab', stance: 'saboteur' }), stakeholder({ id: 'ally', stance: 'supporter' })],
      relations: [influences('sab', 'eva', 3, 'hostile'), influences('ally', 'eva', 1, 'friendly')],
    });
    const svg = svgOf(deal);
    const relation = (id: string) => new RegExp(`<g data-relation-id="${id}"><path [^>]*/>`).exec(svg)?.[0] ?? '';
    expect(relation('hostile')).toContain('stroke="#c92a2a"');
    expect(relation('hostile')).toContain('stroke-dasharray="7 5"');
    expect(relation('hostile')).toContain('stroke-width="4.5"');
    expect(relation('friendly')).toContain('stroke="#3b5bdb"');
    expect(relation('friendly')).toContain('stroke-width="1.5"');
    expect(relation('friendly')).not.toContain('dasharray');
    expect(xmlText(svg).match(/✕ against/g)).toHaveLength(1);
  });

  it('draws reports-to lines and calls out a highlighted gap with its people and relations', () => {
    const deal = buildDealWithSaboteur({ relations: [influences('anders', 'eva', 3, 'r1'), reportsTo('anders', 'eva')] });
    const qualification = qualifyDeal(deal, { asOf: TEST_AS_OF });
    const gap = qualification.gaps.find((candidate) => candidate.code === 'saboteur-unchecked');
    expect(gap).toBeDefined();
    const svg = buyingCenterSvg(deal, qualification, { highlightGapId: gap?.id });
    expect(svg).toContain(`stroke="${MAP_COLOURS.reportsTo}"`);
    expect(xmlText(svg)).toContain(`Highlighted gap: ${gap === undefined ? '' : inEnglish(gap.message).slice(0, 30)}`);
    expect(svg.match(/stroke-width="3.5"/g)).toHaveLength(gap?.stakeholderIds.length ?? -1);
    expect(svg).toContain('<g data-relation-id="r1"><path');
    expect(new RegExp('<g data-relation-id="r1"><path [^>]*stroke="#f59f00"').test(svg)).toBe(true);
    expect(xmlText(svg)).toContain('on the highlighted gap');
  });

  it('is deterministic and gives each map its own ids when several share a page', () => {
    const deal = buildHealthyDeal();
    const qualification = qualifyDeal(deal, { asOf: TEST_AS_OF });
    expect(buyingCenterSvg(deal, qualification)).toBe(buyingCenterSvg(deal, qualification));
    expect(buyingCenterSvg(deal, qualification, { idPrefix: 'map-3' })).toContain('aria-labelledby="map-3-title map-3-desc"');
  });

  it('shows an empty deal as an invitation, not an empty picture', () => {
    expect(xmlText(svgOf(buildDeal()))).toContain('No stakeholders yet');
  });
});
