// A stakeholder's card on the map: name, title, role, stance (colour and word), influence, interest.
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useRef, type CSSProperties } from 'react';
import { CHROMIUM_TEXT_SCALE, chipFont, type ChipRow } from '../../shared/layout/chip-fit';
import { NODE_WIDTH } from '../../shared/layout/layout-geometry';
import { STANCE_SYMBOLS } from '../../shared/layout/map-style';
import type { StakeholderNode as StakeholderNodeType } from './map-types';
import { useRenderMessage, useT } from '../i18n/use-t';
import { useVocabulary } from '../i18n/use-vocabulary';
import { useConnectingFrom } from './connecting-from';
import { useCardReach } from './use-card-reach';
import { useCardBand } from './zoom-band';

function InfluenceDots({ influence }: { influence: number }) {
  return (
    <span className="influence-dots" aria-hidden="true">
      {[1, 2, 3, 4, 5].map((level) => (
        <span key={level} className={level <= influence ? 'dot dot-on' : 'dot'} />
      ))}
    </span>
  );
}

/**
 * The card's chip row near in (map.css: 11 px type, 7 px padding and a 1 px border, 4 px apart, inside
 * the card's padding and border): a pair too long for it is set smaller. Far out the chips wrap instead.
 */
const CARD_CHIPS: ChipRow = { font: 11, minFont: 8, padding: 8, gap: 4, room: NODE_WIDTH - 14 - 11 - 2, textScale: CHROMIUM_TEXT_SCALE };

/** Lengths that always fit a card's line (bold 14 px name, 12 px title); only longer text is clipped with an ellipsis. */
const NAME_FITS = 22;
const TITLE_FITS = 30;

function StakeholderNodeView({ id, data, selected }: NodeProps<StakeholderNodeType>) {
  const { stakeholder, gapCount, hasBlocker, toBeConfirmed } = data;
  const connectingFrom = useConnectingFrom();
  // Far out only name, role and stance are shown: the rest is not mounted at all (a third of the elements).
  const near = useCardBand() === 'near';
  const t = useT();
  const render = useRenderMessage();
  const vocabulary = useVocabulary();
  const marks = toBeConfirmed.map(render);
  const card = useRef<HTMLDivElement>(null);
  // Drag from either side to connect: those handles appear where the pointer or the keyboard is.
  const sideHandles = useCardReach(id, card, Boolean(selected));
  // While a connection is dragged, the whole card is a drop target, not just its handle.
  const dropTarget = connectingFrom !== null && connectingFrom !== id;
  const font = chipFont([vocabulary.role[stakeholder.role], `${STANCE_SYMBOLS[stakeholder.stance]} ${vocabulary.stance[stakeholder.stance]}`], CARD_CHIPS);
  const chipsStyle = font < CARD_CHIPS.font ? ({ '--chip-font': `${font}px` } as CSSProperties) : undefined;
  const name = (
    <div className={stakeholder.name.length > NAME_FITS ? 'card-name is-long' : 'card-name'} title={stakeholder.name}>
      {stakeholder.name}
    </div>
  );
  return (
    <div
      ref={card}
      className={`stakeholder-card stance-${stakeholder.stance}${selected ? ' is-selected' : ''}${toBeConfirmed.length > 0 ? ' has-placeholder' : ''}`}
      data-stakeholder-id={stakeholder.id}
    >
      <Handle type="target" position={Position.Top} id="top" className="card-handle" />
      {dropTarget && (
        <Handle type="target" position={Position.Top} id="drop" className="card-drop-target" isConnectableStart={false} />
      )}
      {near ? (
        <div className="card-head">
          {name}
          {gapCount > 0 && (
            <span
              className={`gap-badge ${hasBlocker ? 'gap-badge-blocker' : 'gap-badge-warning'}`}
              title={t(hasBlocker ? 'map.card.gaps-with-blocker' : 'map.card.gaps', { count: gapCount })}
            >
              {gapCount}
              <span className="visually-hidden"> {t('map.card.gaps-hidden')}</span>
            </span>
          )}
        </div>
      ) : (
        name
      )}
      {near && toBeConfirmed.length > 0 && (
        <div className="card-placeholder" title={marks.join('\n')}>
          <span className="to-be-confirmed">{t('map.card.to-be-confirmed')}</span>
          <span className="visually-hidden">{marks.join('. ')}</span>
        </div>
      )}
      {near && (
        <div className={(stakeholder.title ?? '').length > TITLE_FITS ? 'card-title is-long' : 'card-title'} title={stakeholder.title}>
          {stakeholder.title || <span className="muted">{t('map.card.no-title')}</span>}
        </div>
      )}
      <div className="card-chips" style={chipsStyle}>
        <span className={`role-chip role-${stakeholder.role}`}>{vocabulary.role[stakeholder.role]}</span>
        <span className={`stance-chip stance-${stakeholder.stance}`}>
          <span aria-hidden="true">{STANCE_SYMBOLS[stakeholder.stance]}</span> {vocabulary.stance[stakeholder.stance]}
        </span>
      </div>
      {near && (
        <div className="card-meta">
          <span className="card-influence" title={t('map.card.influence', { influence: stakeholder.influence })}>
            <InfluenceDots influence={stakeholder.influence} />
            <span className="visually-hidden">{t('map.card.influence-hidden')} </span>
            {t('map.card.influence-of-five', { influence: stakeholder.influence })}
          </span>
          <span className={`card-interest interest-${stakeholder.interest}`}>
            {vocabulary.interest[stakeholder.interest]}
          </span>
        </div>
      )}
      <Handle type="source" position={Position.Bottom} id="bottom" className="card-handle" title={t('map.card.connect')} />
      {sideHandles && (
        <>
          <Handle type="source" position={Position.Left} id="left" className="card-handle card-side-handle" title={t('map.card.connect')} />
          <Handle type="source" position={Position.Right} id="right" className="card-handle card-side-handle" title={t('map.card.connect')} />
        </>
      )}
    </div>
  );
}

/** The card draws from its id, data and selection only: React Flow measuring or moving it (size, position, z-index) needs no new card. */
export function sameCard(before: NodeProps<StakeholderNodeType>, after: NodeProps<StakeholderNodeType>): boolean {
  return before.id === after.id && before.data === after.data && before.selected === after.selected;
}

export const StakeholderNode = memo(StakeholderNodeView, sameCard);
