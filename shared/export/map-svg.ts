// A deal's buying center as one standalone SVG string (no DOM, no external references), for PNG, SVG, Markdown and PDF exports.
import { dealmapIntl, renderMessage, type DealmapIntl } from '../i18n/dealmap-intl';
import type { Language } from '../i18n/languages';
import type { Gap, Qualification } from '../engine/types';
import { completeLayout } from '../layout/complete-layout';
import { NODE_HEIGHT, boundsOf } from '../layout/layout-geometry';
import type { Deal, Position } from '../model/deal-schema';
import { hostileRelationIds } from '../layout/map-focus';
import { routeDeal } from '../layout/map-routes';
import { routedArrow } from '../layout/route-arrow';
import { MAP_COLOURS, influenceHeadSize, influenceStrokeWidth } from '../layout/map-style';
import { stakeholderCardSvg, type CardMarks } from './map-svg-card';
import { escapeXml, estimateTextWidth, fitText, num } from './svg-text';
import { ownValue } from '../model/id-record';

export interface BuyingCenterSvgOptions {
  /** The language of the picture's words (title, legend, cards, gap); English when left out. */
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
const { text: TEXT_COLOUR, muted: MUTED_COLOUR, border: BORDER_COLOUR, highlight: HIGHLIGHT_COLOUR } = MAP_COLOURS;
const { influence: INFLUENCE_COLOUR, hostile: HOSTILE_COLOUR, hostileSoft: HOSTILE_SOFT, reportsTo: REPORTS_TO_COLOUR } = MAP_COLOURS;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const LEGEND_FONT = 11;

/** "Stage Qualified · Score 72/100 · 2 blockers · 480,000 SEK · closes 2027-03-01", in `intl`'s language. */
export function dealSummaryLine(deal: Deal, qualification: Qualification, intl: DealmapIntl = dealmapIntl('en')): string {
  const say = (id: string, values?: Readonly<Record<string, string | number>>) => intl.formatMessage({ id: `map-svg.summary.${id}` }, values);
  const blockers = qualification.gaps.filter((gap) => gap.severity === 'blocker').length;
  const stage = intl.formatMessage({ id: `vocabulary.stage.${qualification.stage}` });
  const parts = [say('stage', { stage }), say('score', { score: qualification.score }), say('blockers', { count: blockers })];
  if (deal.amount !== undefined) parts.push(say('amount', { amount: intl.formatNumber(Math.round(deal.amount)), currency: deal.currency ?? '' }));
  if (deal.closeDate) parts.push(say('closes', { date: deal.closeDate }));
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

function relationsSvg(deal: Deal, at: ReadonlyMap<string, Position>, highlighted: Gap | null, intl: DealmapIntl): { lines: string; labels: string } {
  const against = intl.formatMessage({ id: 'map.edge.against' });
  const againstWidth = Math.max(68, Math.ceil(estimateTextWidth(against, 11, true) + 16));
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
    const arrow = routedArrow(route, influenceHeadSize(strength));
    // Red along a saboteur's whole path to a decision-maker, dashed and labelled where it starts.
    const hostile = hostileIds.has(relation.id);
    const fromSaboteur = stances.get(relation.from) === 'saboteur';
    const colour = hostile ? HOSTILE_COLOUR : INFLUENCE_COLOUR;
    const width = influenceStrokeWidth(strength) + (onGap.has(relation.id) ? 2 : 0);
    const dash = fromSaboteur ? ' stroke-dasharray="7 5"' : '';
    const glow = onGap.has(relation.id)
      ? `<path d="${arrow.path}" fill="none" stroke="${HIGHLIGHT_COLOUR}" stroke-opacity="0.45" stroke-width="${num(width + 6)}" stroke-linecap="round"/>`
      : '';
    lines.push(
      `<g data-relation-id="${escapeXml(relation.id)}">${glow}<path d="${arrow.path}" fill="none" stroke="${colour}" stroke-width="${num(width)}"${dash}/>` +
        `<polygon points="${arrow.head}" fill="${colour}" stroke="${colour}" stroke-linejoin="round"/></g>`,
    );
    if (fromSaboteur) {
      const { x, y } = arrow.middle;
      labels.push(
        `<g><rect x="${num(x - againstWidth / 2)}" y="${num(y - 10)}" width="${againstWidth}" height="20" rx="10" fill="${HOSTILE_SOFT}" stroke="${HOSTILE_COLOUR}"/>` +
          `<text x="${num(x)}" y="${num(y + 4)}" font-size="11" font-weight="700" fill="${HOSTILE_COLOUR}" text-anchor="middle">${escapeXml(against)}</text></g>`,
      );
    }
  }
  return { lines: lines.join(''), labels: labels.join('') };
}

/** Each legend item: its sample line's width and the drawing of it at (x, y). */
const LEGEND_SAMPLES = {
  influences: {
    width: 34,
    draw: (x: number, y: number) =>
      `<path d="M ${x} ${y} H ${x + 26}" stroke="${INFLUENCE_COLOUR}" stroke-width="3"/><polygon points="${x + 34},${y} ${x + 24},${y - 5} ${x + 24},${y + 5}" fill="${INFLUENCE_COLOUR}"/>`,
  },
  hostile: { width: 32, draw: (x: number, y: number) => `<path d="M ${x} ${y} H ${x + 32}" stroke="${HOSTILE_COLOUR}" stroke-width="3" stroke-dasharray="7 5"/>` },
  'reports-to': { width: 32, draw: (x: number, y: number) => `<path d="M ${x} ${y} H ${x + 32}" stroke="${REPORTS_TO_COLOUR}" stroke-width="1.5"/>` },
  highlight: {
    width: 22,
    draw: (x: number, y: number) => `<rect x="${x}" y="${y - 7}" width="22" height="14" rx="4" fill="none" stroke="${HIGHLIGHT_COLOUR}" stroke-width="3"/>`,
  },
} as const;

/** The legend in one row, each item placed after the last one's words, so a longer language never overlaps; and its width. */
function legendSvg(x: number, y: number, withHighlight: boolean, intl: DealmapIntl): { svg: string; width: number } {
  const names: (keyof typeof LEGEND_SAMPLES)[] = ['influences', 'hostile', 'reports-to', ...(withHighlight ? (['highlight'] as const) : [])];
  const items: string[] = [];
  let at = x;
  for (const name of names) {
    const sample = LEGEND_SAMPLES[name];
    const words = intl.formatMessage({ id: `map-svg.legend.${name}` });
    items.push(`${sample.draw(at, y)}<text x="${at + sample.width + 6}" y="${y + 4}">${escapeXml(words)}</text>`);
    at += sample.width + 6 + Math.ceil(estimateTextWidth(words, LEGEND_FONT)) + 28;
  }
  return { svg: `<g font-size="${LEGEND_FONT}" fill="${MUTED_COLOUR}">${items.join('')}</g>`, width: at - 28 - x };
}

/** A one-paragraph text alternative: every stakeholder with role and stance, then the relations count. */
function describeMap(deal: Deal, intl: DealmapIntl): string {
  if (deal.stakeholders.length === 0) return intl.formatMessage({ id: 'map-svg.describe.none' });
  const people = deal.stakeholders.map((stakeholder) =>
    intl.formatMessage(
      { id: 'map-svg.describe.person' },
      {
        name: stakeholder.name,
        role: intl.formatMessage({ id: `vocabulary.role.${stakeholder.role}` }),
        stance: intl.formatMessage({ id: `vocabulary.stance.${stakeholder.stance}` }),
      },
    ),
  );
  return intl.formatMessage({ id: 'map-svg.describe' }, { people: people.join('; '), relations: deal.relations.length });
}

/**
 * The buying center at the deal's layout positions (missing ones placed as the map places them),
 * with a title line, relations and a legend. Deterministic: the same deal gives the same string.
 */
export function buyingCenterSvg(deal: Deal, qualification: Qualification, options: BuyingCenterSvgOptions = {}): string {
  const prefix = options.idPrefix ?? `map-${deal.id}`;
  const intl = dealmapIntl(options.language ?? 'en');
  const highlighted = qualification.gaps.find((gap) => gap.id === options.highlightGapId) ?? null;
  const layout = completeLayout(deal);
  const bounds = boundsOf(Object.values(layout)) ?? { minX: 0, minY: 0, maxX: MIN_WIDTH - 2 * PADDING, maxY: NODE_HEIGHT };
  const top = HEADER + (highlighted ? GAP_LINE : 0);
  const contentWidth = bounds.maxX - bounds.minX;
  // The legend's width is the same wherever it is drawn: measure it first, so the picture is wide enough for its words.
  const legendWidth = legendSvg(0, 0, highlighted !== null, intl).width;
  const naturalWidth = Math.ceil(Math.max(highlighted ? MIN_WIDTH_HIGHLIGHTED : MIN_WIDTH, contentWidth + 2 * PADDING, legendWidth + 2 * PADDING));
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
  const relations = relationsSvg(deal, at, highlighted, intl);
  const cards = deal.stakeholders
    .map((stakeholder) => {
      const position = at.get(stakeholder.id);
      const mark = marks.get(stakeholder.id);
      return position && mark ? stakeholderCardSvg(stakeholder, position, mark, intl) : '';
    })
    .join('');
  const heading = fitText(`${deal.name} — ${deal.account}`, width - 2 * PADDING, 18, true);
  const summaryLine = `${dealSummaryLine(deal, qualification, intl)}${options.date ? ` · ${intl.formatMessage({ id: 'map-svg.summary.as-of' }, { date: options.date })}` : ''}`;
  const summary = fitText(summaryLine, width - 2 * PADDING, 13);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${prefix}-title ${prefix}-desc">`,
    `<title id="${prefix}-title">${escapeXml(intl.formatMessage({ id: 'map-svg.title' }, { deal: deal.name, account: deal.account }))}</title>`,
    `<desc id="${prefix}-desc">${escapeXml(`${dealSummaryLine(deal, qualification, intl)}. ${describeMap(deal, intl)}`)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#f3f5f9"/>`,
    `<g font-family="${escapeXml(FONT)}">`,
    `<text x="${PADDING}" y="32" font-size="18" font-weight="700" fill="${TEXT_COLOUR}">${escapeXml(heading)}</text>`,
    `<text x="${PADDING}" y="52" font-size="13" fill="${MUTED_COLOUR}">${escapeXml(summary)}</text>`,
  ];
  if (highlighted) {
    const text = fitText(intl.formatMessage({ id: 'map-svg.highlighted' }, { message: renderMessage(intl, highlighted.message) }), width - 2 * PADDING - 16, 12, true);
    parts.push(
      `<rect x="${PADDING}" y="${HEADER - 2}" width="${width - 2 * PADDING}" height="24" rx="6" fill="#fff8e6" stroke="${HIGHLIGHT_COLOUR}"/>`,
      `<text x="${PADDING + 8}" y="${HEADER + 14}" font-size="12" font-weight="700" fill="#8a4b00">${escapeXml(text)}</text>`,
    );
  }
  if (deal.stakeholders.length === 0) {
    parts.push(
      `<rect x="${PADDING}" y="${top + 8}" width="${width - 2 * PADDING}" height="${NODE_HEIGHT}" rx="10" fill="#ffffff" stroke="${BORDER_COLOUR}" stroke-dasharray="6 4"/>`,
      `<text x="${width / 2}" y="${top + 8 + NODE_HEIGHT / 2 + 5}" font-size="14" fill="${MUTED_COLOUR}" text-anchor="middle">${escapeXml(intl.formatMessage({ id: 'map-svg.empty' }))}</text>`,
    );
  }
  parts.push(relations.lines, cards, relations.labels, legendSvg(PADDING, height - LEGEND / 2 - 2, highlighted !== null, intl).svg, '</g></svg>');
  return parts.join('\n');
}
