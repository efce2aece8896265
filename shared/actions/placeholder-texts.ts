// What an action's moves write until the customer answers, as messages: the app writes them in its reader's language.
import { messageRef, type MessageRef } from '../i18n/message-ref';
import type { WhatIfMove } from '../whatif/what-if-move';
import {
  COMPETITOR_NOTE_PLACEHOLDER,
  DECISION_CRITERION_PLACEHOLDER,
  DECISION_STEP_PLACEHOLDER,
  METRIC_PLACEHOLDER,
  PAIN_PLACEHOLDER,
  PAPER_STEP_PLACEHOLDER,
  PERSONAL_STAKE_PLACEHOLDER,
  TIMEFRAME_EVENT_PLACEHOLDER,
} from './lens-candidate-kit';
import { DECISION_MAKER_PLACEHOLDER } from './name-decision-maker';
import { NEW_CONTACT_PLACEHOLDER } from './open-second-thread';

/** How the caller writes a message: the app's intl, or English for the engine's own text. */
export type RenderPlaceholder = (ref: MessageRef) => string;

/** The "do nothing" competitor's name as raise-competition writes it. */
const DO_NOTHING_NAME = 'Do nothing';

/** The note ask-referral writes beside the referral's placeholder name. */
const REFERRAL_NOTE = 'Placeholder: replace with the company and contact you were given';

/** The engine's fixed placeholder texts and their message ids (the English catalog holds the same words). */
export const PLACEHOLDER_MESSAGE_IDS: Readonly<Record<string, string>> = {
  [DECISION_MAKER_PLACEHOLDER]: 'placeholders.decision-maker',
  [NEW_CONTACT_PLACEHOLDER]: 'placeholders.new-contact',
  [METRIC_PLACEHOLDER]: 'placeholders.metric',
  [DECISION_CRITERION_PLACEHOLDER]: 'placeholders.decision-criterion',
  [PAIN_PLACEHOLDER]: 'placeholders.pain',
  [TIMEFRAME_EVENT_PLACEHOLDER]: 'placeholders.timeframe-event',
  [DECISION_STEP_PLACEHOLDER]: 'placeholders.decision-step',
  [PAPER_STEP_PLACEHOLDER]: 'placeholders.paper-step',
  [COMPETITOR_NOTE_PLACEHOLDER]: 'placeholders.competitor-note',
  [PERSONAL_STAKE_PLACEHOLDER]: 'placeholders.personal-stake',
  [DO_NOTHING_NAME]: 'placeholders.do-nothing',
  [REFERRAL_NOTE]: 'placeholders.referral-note',
};

/** ask-referral names the referral after the champion (or the account): `Referral from {name}`. */
const REFERRAL_NAME = /^Referral from (.+)$/s;

/** Which text fields of which moves the engine fills with which of its placeholders. */
const ENGINE_TEXT_FIELDS: Readonly<Partial<Record<WhatIfMove['kind'], Readonly<Record<string, readonly string[]>>>>> = {
  'add-metric': { text: ['placeholders.metric'] },
  'add-decision-criterion': { text: ['placeholders.decision-criterion'] },
  'set-pain': { text: ['placeholders.pain'] },
  'set-timeframe': { event: ['placeholders.timeframe-event'] },
  'add-process-step': { text: ['placeholders.decision-step', 'placeholders.paper-step'] },
  'add-competitor': { name: ['placeholders.do-nothing'], note: ['placeholders.competitor-note'] },
  'set-competitor-note': { note: ['placeholders.competitor-note'] },
  'set-champion-test': { personalStake: ['placeholders.personal-stake'] },
  'add-referral': { note: ['placeholders.referral-note'] },
};

/** The message behind a value the engine wrote into this field of this kind of move, if it is one. */
function engineMessage(kind: WhatIfMove['kind'], field: string, value: unknown): MessageRef | undefined {
  if (typeof value !== 'string') return undefined;
  if (kind === 'add-referral' && field === 'name') {
    const match = REFERRAL_NAME.exec(value);
    return match === null ? undefined : messageRef('placeholders.referral', { name: match[1] ?? '' });
  }
  const id = PLACEHOLDER_MESSAGE_IDS[value];
  const allowed = kind === 'add-stakeholder' && field === 'name' ? ['placeholders.decision-maker', 'placeholders.new-contact'] : ENGINE_TEXT_FIELDS[kind]?.[field];
  return id !== undefined && allowed?.includes(id) === true ? messageRef(id) : undefined;
}

/** One move with every engine placeholder text rewritten by `render`; a value a person typed stays. */
function localizeMove(move: WhatIfMove, render: RenderPlaceholder): WhatIfMove {
  if (move.kind === 'add-stakeholder') {
    const ref = engineMessage(move.kind, 'name', move.stakeholder.name);
    return ref === undefined ? move : { ...move, stakeholder: { ...move.stakeholder, name: render(ref) } };
  }
  let changed: Record<string, unknown> | undefined;
  for (const [field, value] of Object.entries(move)) {
    const ref = engineMessage(move.kind, field, value);
    if (ref === undefined) continue;
    changed ??= { ...move };
    changed[field] = render(ref);
  }
  return (changed as WhatIfMove | undefined) ?? move;
}

/**
 * The moves as the reader will see them in the deal: placeholder texts in the reader's language.
 * Pure and write-time: the engine ranks the English moves; the deal keeps what was written.
 */
export function localizePlaceholderMoves(moves: readonly WhatIfMove[], render: RenderPlaceholder): WhatIfMove[] {
  return moves.map((move) => localizeMove(move, render));
}
