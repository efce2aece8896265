// A deal's buying center as one standalone SVG string (no DOM, no external references), for PNG, SVG, Markdown and PDF exports.
import { dealmapIntl, renderMessage } from '../i18n/dealmap-intl';
import type { Language } from '../i18n/languages';
import type { Gap, Qualification } from '../engine/types';
import { completeLayout } from '../layout/complete-layout';
import { NODE_HEIGHT, boundsOf } from '../layout/layout-geometry';
import type { Deal, Position } from '../model/deal-schema';
import { ROLE_LABELS, STAGE_LABELS, STANCE_LABELS } from '../model/vocabulary-labels';
import { hostileRelationIds } from '../layout/map-focus';
import { routeDeal } from '../layout/map-routes';
import { routedArrow } from '../layout/route-arrow';
import { BORDER_COLOUR, HIGHLIGHT_COLOUR, MUTED_COLOUR, TEXT_COLOUR, stakeholderCardSvg, type CardMarks } from './map-svg-card';
import { escapeXml, fitText, num } from './svg-text';
import { ownValue } from '../model/id-record';

export interface BuyingCenterSvgOptions {
  /** The language the map's messages are rendered in; English when left out. */
  readonly language?: Language;
  /** A gap of the qualification to call out: its stakeholders outlined, its relations drawn thicker. */
  readonly highlightGapId?: string | null;
  /** Prefix of the ids inside the SVG; give each map its own when several share one HTML page. */
  readonly idPrefix?: string;
  /** The day the picture shows the deal as of, `YYYY-MM-DD`, printed under the title. */
  readonly date?: string;
}

/** A slide's shape: the picture is widened or heightened to 16:9, never wider than 2:1. */
const SLIDE_RATIO = 16 / 9;

const PADDING = 32;
const HEADER = 64;
const GAP_LINE = 30;
const LEGEND = 40;
/** Room for the title and the legend, whose last item names the highlight only when there is one. */
const MIN_WIDTH = 720;
const MIN_WIDTH_HIGHLIGHTED = 880;
const INFLUENCE_COLOUR = '#3b5bdb';
const HOSTILE_COLOUR = '#c92a2a';
const REPORTS_TO_COLOUR = '#98a2b3';
const STROKE_WIDTHS: Readonly<Record<number, number>> = { 1: 1.5, 2: 3, 3: 4.5 };
const HEAD_SIZES: Readonly<Record<number, readonly [number, number]>> = { 1: [11, 10], 2: [13, 13], 3: [15, 16] };
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

function formatMoney(amount: number, currency: string | undefined): string {
  const grouped = String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return currency ? `${grouped} ${currency}` : grouped;
}

/** "Stage Qualified · Score 72/100 · 2 blockers · 480,000 SEK · closes 2027-03-01". */
export function dealSummaryLine(deal: Deal, qualification: Qualification): string {
  const blockers = qualification.gaps.filter((gap) => gap.severity === 'blocker').length;
  const parts = [`Stage ${STAGE_LABELS[qualification.stage]}`, `Score ${qualification.score}/100`];
  parts.push(blockers === 0 ? 'no blockers' : `${blockers} blocker${blockers === 1 ? '' : 's'}`);
  if (deal.amount !== undefined) parts.push(formatMoney(deal.amount, deal.currency));
  if (deal.closeDate) parts.push(`closes ${deal.closeDate}`);
  return parts.join(' · ');
}

function cardMarks(deal: Deal, gaps: readonly Gap[], highlighted: Gap | null): Map<string, CardMarks> {
  const marks = new Map<string, CardMarks>();
  for (const stakeholder of deal.stakeholders) {
    const own = gaps.filter((gap) => gap.stakeholderIds.includes(stakeholder.id));
    marks.set(stakeholder.id, {
      gapCount: own.length,
      hasBlocker: own.some((gap) => gap.severity === 'blocker'),
      highlighted: highlighted?.stakeholderIds.includes(stakeholder.id) ?? false,
    });
  }
  return marks;
}

function relationsSvg(deal: Deal, at: ReadonlyMap<string, Position>, highlighted: Gap | null): { lines: string; labels: string } {
  const stances = new Map(deal.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.stance]));
  const onGap = new Set(highlighted?.relationIds ?? []);
  const routes = routeDeal(deal, Object.fromEntries(at));
  const hostileIds = hostileRelationIds(deal);
  const lines: string[] = [];
  const labels: string[] = [];
  for (const relation of deal.relations) {
    const route = routes.get(relation.id);
    if (!route || relation.kind !== 'reports-to') continue;
    lines.push(`<path d="${routedArrow(route, null).path}" fill="none" stroke="${REPORTS_TO_COLOUR}" stroke-width="1.5"/>`);
  }
  for (const relation of deal.relations) {
    const route = routes.get(relation.id);
    if (!route || relation.kind !== 'influences') continue;
    const strength = relation.strength ?? 1;
    const [headLength, headWidth] = HEAD_SIZES[strength] ?? [11, 10];
    const arrow = routedArrow(route, { length: headLength, width: headWidth });
    // Red along a saboteur's whole path to a decision-maker, dashed and labelled where it starts.
    const hostile = hostileIds.has(relation.id);
    const against = stances.get(relation.from) === 'saboteur';
    const colour = hostile ? HOSTILE_COLOUR : INFLUENCE_COLOUR;
    const width = (STROKE_WIDTHS[strength] ?? 1.5) + (onGap.has(relation.id) ? 2 : 0);
    const dash = against ? ' stroke-dasharray="7 5"' : '';
    const glow = onGap.has(relation.id)
      ? `<path d="${arrow.path}" fill="none" stroke="${HIGHLIGHT_COLOUR}" stroke-opacity="0.45" stroke-width="${num(width + 6)}" stroke-linecap="round"/>`
      : '';
    lines.push(
      `<g data-relation-id="${escapeXml(relation.id)}">${glow}<path d="${arrow.path}" fill="none" stroke="${colour}" stroke-width="${num(width)}"${dash}/>` +
        `<polygon points="${arrow.head}" fill="${colour}" stroke="${colour}" stroke-linejoin="round"/></g>`,
    );
    if (against) {
      const { x, y } = arrow.middle;
      labels.push(
        `<g><rect x="${num(x - 34)}" y="${num(y - 10)}" width="68" height="20" rx="10" fill="#fff5f5" stroke="${HOSTILE_COLOUR}"/>` +
          `<text x="${num(x)}" y="${num(y + 4)}" font-size="11" font-weight="700" fill="${HOSTILE_COLOUR}" text-anchor="middle">✕ against</text></g>`,
      );
    }
  }
  return { lines: lines.join(''), labels: labels.join('') };
}

function legendSvg(x: number, y: number, withHighlight: boolean): string {
  const items = [
    `<path d="M ${x} ${y} H ${x + 26}" stroke="${INFLUENCE_COLOUR}" stroke-width="3"/><polygon points="${x + 34},${y} ${x + 24},${y - 5} ${x + 24},${y + 5}" fill="${INFLUENCE_COLOUR}"/>` +
      `<text x="${x + 40}" y="${y + 4}">influences (thicker = stronger)</text>`,
    `<path d="M ${x + 230} ${y} H ${x + 262}" stroke="${HOSTILE_COLOUR}" stroke-width="3" stroke-dasharray="7 5"/>` +
      `<text x="${x + 270}" y="${y + 4}">a saboteur’s influence, against the deal</text>`,
    `<path d="M ${x + 520} ${y} H ${x + 552}" stroke="${REPORTS_TO_COLOUR}" stroke-width="1.5"/><text x="${x + 560}" y="${y + 4}">reports to</text>`,
  ];
  if (withHighlight) {
    items.push(
      `<rect x="${x + 650}" y="${y - 7}" width="22" height="14" rx="4" fill="none" stroke="${HIGHLIGHT_COLOUR}" stroke-width="3"/><text x="${x + 680}" y="${y + 4}">on the highlighted gap</text>`,
    );
  }
  return `<g font-size="11" fill="${MUTED_COLOUR}">${items.join('')}</g>`;
}

/** A one-paragraph text alternative: every stakeholder with role and stance, then the relations count. */
function describeMap(deal: Deal): string {
  if (deal.stakeholders.length === 0) return 'No stakeholders yet.';
  const people = deal.stakeholders.map(
    (stakeholder) => `${stakeholder.name} (${ROLE_LABELS[stakeholder.role]}, ${STANCE_LABELS[stakeholder.stance]})`,
  );
  return `Stakeholders: ${people.join('; ')}. ${deal.relations.length} relation${deal.relations.length === 1 ? '' : 's'}.`;
}

/**
 * The buying center at the deal's layout positions (missing ones placed as the map places them),
 * with a title line, relations and a legend. Deterministic: the same deal gives the same string.
 */
export function buyingCenterSvg(deal: Deal, qualification: Qualification, options: BuyingCenterSvgOptions = {}): string {
  const prefix = options.idPrefix ?? `map-${deal.id}`;
  const highlighted = qualification.gaps.find((gap) => gap.id === options.highlightGapId) ?? null;
  const layout = completeLayout(deal);
  const bounds = boundsOf(Object.values(layout)) ?? { minX: 0, minY: 0, maxX: MIN_WIDTH - 2 * PADDING, maxY: NODE_HEIGHT };
  const top = HEADER + (highlighted ? GAP_LINE : 0);
  const contentWidth = bounds.maxX - bounds.minX;
  const naturalWidth = Math.ceil(Math.max(highlighted ? MIN_WIDTH_HIGHLIGHTED : MIN_WIDTH, contentWidth + 2 * PADDING));
  const naturalHeight = Math.ceil(top + (bounds.maxY - bounds.minY) + PADDING + LEGEND);
  // A slide's shape: room is added across or below, the cards centred in it.
  const width = Math.max(naturalWidth, Math.ceil(naturalHeight * SLIDE_RATIO));
  const height = Math.max(naturalHeight, Math.ceil(naturalWidth / SLIDE_RATIO));
  const dx = (width - contentWidth) / 2 - bounds.minX;
  const dy = top + 8 + (height - naturalHeight) / 2 - bounds.minY;
  const at = new Map<string, Position>();
  for (const stakeholder of deal.stakeholders) {
    const position = ownValue(layout, stakeholder.id);
    if (position) at.set(stakeholder.id, { x: position.x + dx, y: position.y + dy });
  }
  const marks = cardMarks(deal, qualification.gaps, highlighted);
  const relations = relationsSvg(deal, at, highlighted);
  const cards = deal.stakeholders
    .map((stakeholder) => {
      const position = at.get(stakeholder.id);
      const mark = marks.get(stakeholder.id);
      return position && mark ? stakeholderCardSvg(stakeholder, position, mark) : '';
    })
    .join('');
  const heading = fitText(`${deal.name} — ${deal.account}`, width - 2 * PADDING, 18, true);
  const summaryLine = `${dealSummaryLine(deal, qualification)}${options.date ? ` · as of ${options.date}` : ''}`;
  const summary = fitText(summaryLine, width - 2 * PADDING, 13);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc">`,
    `<title id="${prefix}-title">${escapeXml(`Buying center of ${deal.name} (${deal.account})`)}</title>`,
    `<desc id="${prefix}-desc">${escapeXml(`${dealSummaryLine(deal, qualification)}. ${describeMap(deal)}`)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#f3f5f9"/>`,
    `<g font-family="${escapeXml(FONT)}">`,
    `<text x="${PADDING}" y="32" font-size="18" font-weight="700" fill="${TEXT_COLOUR}">${escapeXml(heading)}</text>`,
    `<text x="${PADDING}" y="52" font-size="13" fill="${MUTED_COLOUR}">${escapeXml(summary)}</text>`,
  ];
  if (highlighted) {
    const text = fitText(`Highlighted gap: ${renderMessage(dealmapIntl(options.language ?? 'en'), highlighted.message)}`, width - 2 * PADDING - 16, 12, true);
    parts.push(
      `<rect x="${PADDING}" y="${HEADER - 2}" width="${width - 2 * PADDING}" height="24" rx="6" fill="#fff8e6" stroke="${HIGHLIGHT_COLOUR}"/>`,
      `<text x="${PADDING + 8}" y="${HEADER + 14}" font-size="12" font-weight="700" fill="#8a4b00">${escapeXml(text)}</text>`,
    );
  }
  if (deal.stakeholders.length === 0) {
    parts.push(
      `<rect x="${PADDING}" y="${top + 8}" width="${width - 2 * PADDING}" height="${NODE_HEIGHT}" rx="10" fill="#ffffff" stroke="${BORDER_COLOUR}" stroke-dasharray="6 4"/>`,
      `<text x="${width / 2}" y="${top + 8 + NODE_HEIGHT / 2 + 5}" font-size="14" fill="${MUTED_COLOUR}" text-anchor="middle">No stakeholders yet</text>`,
    );
  }
  parts.push(relations.lines, cards, relations.labels, legendSvg(PADDING, height - LEGEND / 2 - 2, highlighted !== null), '</g></svg>');
  return parts.join('\n');
}
