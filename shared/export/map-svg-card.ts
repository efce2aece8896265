// One stakeholder card of the exported map: stance stripe, name, title, role and stance chips, influence, interest.
import { CHROMIUM_TEXT_SCALE, chipFont, chipWidth, type ChipRow } from '../layout/chip-fit';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/layout-geometry';
import type { Position, Stakeholder } from '../model/deal-schema';
import { dealmapIntl, type DealmapIntl } from '../i18n/dealmap-intl';
import { MAP_COLOURS, STANCE_COLOURS, STANCE_SYMBOLS } from '../layout/map-style';
import { escapeXml, fitText, num } from './svg-text';

const { text: TEXT_COLOUR, muted: MUTED_COLOUR, border: BORDER_COLOUR, highlight: HIGHLIGHT_COLOUR } = MAP_COLOURS;

export interface CardMarks {
  /** Gaps that name this stakeholder, and whether one is a blocker. */
  readonly gapCount: number;
  readonly hasBlocker: boolean;
  /** On the highlighted gap. */
  readonly highlighted: boolean;
}

const CHIP_FONT = 10;
const CHIP_PADDING = 5;

/** The picture's chip row: both chips side by side after the stance stripe, 5 px apart, shrinking to 7 px type to fit. */
const CHIP_ROW: ChipRow = { font: CHIP_FONT, minFont: 7, padding: CHIP_PADDING, gap: 5, room: NODE_WIDTH - 16 - 10, textScale: CHROMIUM_TEXT_SCALE };

function chip(x: number, y: number, label: string, fill: string, colour: string, font: number): { svg: string; width: number } {
  const width = chipWidth(label, font, CHIP_ROW);
  const svg =
    `<rect x="${num(x)}" y="${num(y)}" width="${width}" height="19" rx="4" fill="${fill}"/>` +
    `<text x="${num(x + CHIP_PADDING)}" y="${num(y + 13)}" font-size="${font}" font-weight="600" fill="${colour}">${escapeXml(label)}</text>`;
  return { svg, width };
}

function influenceDots(x: number, y: number, influence: number, colour: string): string {
  return [1, 2, 3, 4, 5]
    .map((level) => `<circle cx="${num(x + (level - 1) * 8)}" cy="${num(y)}" r="3" fill="${level <= influence ? colour : BORDER_COLOUR}"/>`)
    .join('');
}

/** The card as an SVG group in `intl`'s language; the full texts go in its `<title>`, as the card may shorten them. */
export function stakeholderCardSvg(stakeholder: Stakeholder, at: Position, marks: CardMarks, intl: DealmapIntl = dealmapIntl('en')): string {
  const { x, y } = at;
  const colours = STANCE_COLOURS[stakeholder.stance];
  const saboteur = stakeholder.stance === 'saboteur';
  const role = intl.formatMessage({ id: `vocabulary.role.${stakeholder.role}` });
  const stance = intl.formatMessage({ id: `vocabulary.stance.${stakeholder.stance}` });
  const interest = intl.formatMessage({ id: `vocabulary.interest.${stakeholder.interest}` });
  const title = stakeholder.title?.trim() ?? '';
  const badgeRoom = marks.gapCount > 0 ? 28 : 0;
  const parts: string[] = [];
  const tooltip = [stakeholder.name, title, role, stance, intl.formatMessage({ id: 'map-svg.card.influence' }, { influence: stakeholder.influence }), interest]
    .filter((part) => part !== '')
    .join(', ');
  parts.push(`<title>${escapeXml(tooltip)}</title>`);
  if (marks.highlighted) {
    parts.push(
      `<rect x="${num(x - 5)}" y="${num(y - 5)}" width="${NODE_WIDTH + 10}" height="${NODE_HEIGHT + 10}" rx="14" fill="none" stroke="${HIGHLIGHT_COLOUR}" stroke-width="3.5"/>`,
    );
  }
  parts.push(`<rect x="${num(x)}" y="${num(y)}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="10" fill="${colours.strong}"/>`);
  parts.push(
    `<rect x="${num(x + 5)}" y="${num(y)}" width="${NODE_WIDTH - 5}" height="${NODE_HEIGHT}" rx="8" fill="${saboteur ? '#fffafa' : '#ffffff'}"/>`,
  );
  parts.push(
    `<rect x="${num(x)}" y="${num(y)}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="10" fill="none" stroke="${saboteur ? '#f1b0b0' : BORDER_COLOUR}"/>`,
  );
  const name = fitText(stakeholder.name, NODE_WIDTH - 28 - badgeRoom, 14, true);
  parts.push(`<text x="${num(x + 16)}" y="${num(y + 24)}" font-size="14" font-weight="700" fill="${TEXT_COLOUR}">${escapeXml(name)}</text>`);
  if (marks.gapCount > 0) {
    const badge = marks.hasBlocker ? '#c92a2a' : '#b35c00';
    parts.push(
      `<circle cx="${num(x + NODE_WIDTH - 20)}" cy="${num(y + 19)}" r="10" fill="${badge}"/>` +
        `<text x="${num(x + NODE_WIDTH - 20)}" y="${num(y + 23)}" font-size="11" font-weight="700" fill="#ffffff" text-anchor="middle">${marks.gapCount}</text>`,
    );
  }
  const shownTitle = title === '' ? intl.formatMessage({ id: 'map.card.no-title' }) : fitText(title, NODE_WIDTH - 28, 12);
  parts.push(
    `<text x="${num(x + 16)}" y="${num(y + 41)}" font-size="12" fill="${MUTED_COLOUR}"${title === '' ? ' font-style="italic"' : ''}>${escapeXml(shownTitle)}</text>`,
  );
  const decisionMaker = stakeholder.role === 'decision-maker';
  const stanceLabel = `${STANCE_SYMBOLS[stakeholder.stance]} ${stance}`;
  const font = chipFont([role, stanceLabel], CHIP_ROW);
  const roleChip = chip(x + 16, y + 52, role, decisionMaker ? TEXT_COLOUR : '#eef0f4', decisionMaker ? '#ffffff' : '#3d4656', font);
  const stanceChip = chip(x + 16 + roleChip.width + 5, y + 52, stanceLabel, colours.soft, colours.strong, font);
  parts.push(roleChip.svg, stanceChip.svg);
  parts.push(influenceDots(x + 19, y + 93, stakeholder.influence, TEXT_COLOUR));
  parts.push(`<text x="${num(x + 56)}" y="${num(y + 97)}" font-size="11" fill="${MUTED_COLOUR}">${stakeholder.influence}/5</text>`);
  parts.push(
    `<text x="${num(x + NODE_WIDTH - 12)}" y="${num(y + 97)}" font-size="11" fill="${MUTED_COLOUR}" text-anchor="end">${escapeXml(interest)}</text>`,
  );
  return `<g data-stakeholder-id="${escapeXml(stakeholder.id)}">${parts.join('')}</g>`;
}
