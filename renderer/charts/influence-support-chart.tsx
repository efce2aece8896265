// The influence-by-support matrix of one deal's stakeholders, its regions named by what to do.
import { scaleBand } from 'd3';
import { SUPPORT_QUADRANTS, type InfluenceSupportMatrix, type StakeholderPlacement, type SupportQuadrant } from '../../shared/pipeline';
import type { StakeholderStance } from '../../shared/model/vocabulary';
import { STANCE_SYMBOLS } from '../../shared/layout/map-style';
import { useT, type Translate } from '../i18n/use-t';
import { useVocabulary, type VocabularyWords } from '../i18n/use-vocabulary';
import { ChartCard } from './chart-card';
import { useChartTooltip } from './chart-tooltip';

const WIDTH = 760;
const HEIGHT = 440;
const MARGIN = { top: 16, right: 16, bottom: 46, left: 70 };
/** Left to right: most against to most for; unknown sits with neutral among the undecided. */
const STANCE_ORDER: readonly StakeholderStance[] = ['saboteur', 'skeptic', 'unknown', 'neutral', 'supporter', 'champion'];
const INFLUENCE_ORDER = ['5', '4', '3', '2', '1'];

/** "Allies to activate": what to do with the people in a region. */
function quadrantLabel(t: Translate, quadrant: SupportQuadrant): string {
  return t(`charts.influence.quadrant.${quadrant}`);
}

/** The regions drawn: stance columns from..to, influence high (3-5) or low (1-2). */
const REGIONS: readonly { quadrant: SupportQuadrant; from: StakeholderStance; to: StakeholderStance; high: boolean }[] = [
  { quadrant: 'saboteurs-to-counter', from: 'saboteur', to: 'skeptic', high: true },
  { quadrant: 'people-to-win-over', from: 'unknown', to: 'neutral', high: true },
  { quadrant: 'allies-to-activate', from: 'supporter', to: 'champion', high: true },
  { quadrant: 'people-to-win-over', from: 'saboteur', to: 'skeptic', high: false },
  { quadrant: 'people-to-keep-informed', from: 'unknown', to: 'champion', high: false },
];

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');
}

/** The first name, shortened further when several people share a spot. */
function shortName(name: string, sharing: number): string {
  const first = name.split(/\s+/)[0] ?? name;
  const room = sharing > 2 ? 6 : 12;
  return first.length > room ? `${first.slice(0, room - 1)}…` : first;
}

function placementText(t: Translate, vocabulary: VocabularyWords, person: StakeholderPlacement): string {
  const values = {
    name: person.name,
    title: person.title ?? '',
    role: vocabulary.role[person.role],
    stance: vocabulary.stance[person.stance],
    influence: person.influence,
    quadrant: quadrantLabel(t, person.quadrant),
  };
  return t(person.title ? 'charts.influence.person-titled' : 'charts.influence.person', values);
}

function MatrixTable({ matrix }: { matrix: InfluenceSupportMatrix }) {
  const t = useT();
  const vocabulary = useVocabulary();
  return (
    <table className="chart-data-table">
      <thead>
        <tr>
          <th scope="col">{t('charts.influence.column.stakeholder')}</th>
          <th scope="col">{t('charts.influence.column.role')}</th>
          <th scope="col">{t('charts.influence.column.stance')}</th>
          <th scope="col">{t('charts.influence.column.influence')}</th>
          <th scope="col">{t('charts.influence.column.action')}</th>
        </tr>
      </thead>
      <tbody>
        {SUPPORT_QUADRANTS.flatMap((quadrant) =>
          matrix.placements
            .filter((person) => person.quadrant === quadrant)
            .map((person) => (
              <tr key={person.stakeholderId}>
                <th scope="row">{person.name}</th>
                <td>{vocabulary.role[person.role]}</td>
                <td>{vocabulary.stance[person.stance]}</td>
                <td className="numeric">{person.influence}</td>
                <td>{quadrantLabel(t, quadrant)}</td>
              </tr>
            )),
        )}
      </tbody>
    </table>
  );
}

export function InfluenceSupportChart({ matrix, dealName }: { matrix: InfluenceSupportMatrix; dealName: string }) {
  const { frame, tooltip, tipFor } = useChartTooltip();
  const t = useT();
  const vocabulary = useVocabulary();
  const x = scaleBand<string>().domain(STANCE_ORDER).range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleBand<string>().domain(INFLUENCE_ORDER).range([MARGIN.top, HEIGHT - MARGIN.bottom]);
  const split = y('2') ?? 0;
  const bottom = HEIGHT - MARGIN.bottom;
  return (
    <ChartCard
      title={t('charts.influence.title', { deal: dealName })}
      note={t('charts.influence.note')}
      className="chart-wide"
      table={<MatrixTable matrix={matrix} />}
    >
      <div className="chart-frame" ref={frame}>
        <svg className="chart-svg matrix" style={{ maxWidth: WIDTH }} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={t('charts.influence.label', { deal: dealName })}>
          {REGIONS.map((region) => {
            const left = x(region.from) ?? 0;
            const right = (x(region.to) ?? 0) + x.bandwidth();
            const top = region.high ? MARGIN.top : split;
            const height = region.high ? split - MARGIN.top : bottom - split;
            return (
              <g key={`${region.quadrant}-${region.from}`} className={`matrix-region region-${region.quadrant}`}>
                <rect x={left} y={top} width={right - left} height={height} />
                <text x={left + 8} y={top + 16}>
                  {quadrantLabel(t, region.quadrant)}
                </text>
              </g>
            );
          })}
          {INFLUENCE_ORDER.map((level) => (
            <text key={level} className="chart-tick" x={MARGIN.left - 8} y={(y(level) ?? 0) + y.bandwidth() / 2} textAnchor="end" dominantBaseline="central">
              {level}
            </text>
          ))}
          <text className="chart-axis-title" transform={`translate(16,${(MARGIN.top + bottom) / 2}) rotate(-90)`} textAnchor="middle">
            {t('charts.influence.axis-influence')}
          </text>
          {STANCE_ORDER.map((stance) => (
            <text key={stance} className="chart-tick" x={(x(stance) ?? 0) + x.bandwidth() / 2} y={bottom + 16} textAnchor="middle">
              {STANCE_SYMBOLS[stance]} {vocabulary.stance[stance]}
            </text>
          ))}
          <text className="chart-axis-title" x={(MARGIN.left + WIDTH - MARGIN.right) / 2} y={HEIGHT - 6} textAnchor="middle">
            {t('charts.influence.axis-support')}
          </text>
          {matrix.placements.map((person) => {
            const cellLeft = x(person.stance) ?? 0;
            const cx = cellLeft + (x.bandwidth() * (person.slot + 1)) / (person.slotCount + 1);
            const cy = (y(String(person.influence)) ?? 0) + y.bandwidth() / 2 + 6;
            const text = placementText(t, vocabulary, person);
            return (
              <g
                key={person.stakeholderId}
                className={`matrix-person stance-${person.stance}${person.role === 'decision-maker' ? ' is-decision-maker' : ''}`}
                tabIndex={0}
                aria-label={text}
                {...tipFor(text)}
              >
                <circle cx={cx} cy={cy} r={13} />
                <text x={cx} y={cy} textAnchor="middle" dominantBaseline="central">
                  {initials(person.name)}
                </text>
                <text className="matrix-name" x={cx} y={cy + 24} textAnchor="middle">
                  {shortName(person.name, person.slotCount)}
                </text>
              </g>
            );
          })}
        </svg>
        {tooltip}
      </div>
      {matrix.placements.length === 0 && <p className="chart-empty">{t('charts.influence.empty')}</p>}
      <ul className="chart-legend" aria-label={t('charts.legend')}>
        <li>{t('charts.influence.legend-circles')}</li>
        <li>{t('charts.influence.legend-ring')}</li>
      </ul>
    </ChartCard>
  );
}
