// What a gap rule is and how it builds a Gap: id from code and stakeholder, severity from the catalog.
import type { EngineSettings } from '../../settings/engine-settings';
import type { DealFacts } from '../deal-facts';
import { GAP_CATALOG } from '../gap-catalog';
import { messageRef, type MessageRef, type MessageValue } from '../../i18n/message-ref';
import type { Gap, GapCode, InfluencePathRef } from '../types';

export interface GapContext {
  readonly facts: DealFacts;
  /** The review date, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The review date as days since 1970-01-01. */
  readonly asOfDay: number;
  /** The thresholds in force, defaults filled in. */
  readonly settings: EngineSettings;
}

/** One concern of the qualification: returns the gaps it finds, in any order. */
export type GapRule = (context: GapContext) => readonly Gap[];

export interface GapFields {
  /** Set for gaps reported once per stakeholder; it makes the id `${code}:${stakeholderId}`. */
  readonly perStakeholderId?: string;
  /** What stands in the way, as an `engine.gap.*` message; its full stop is never doubled after a name ending in ".". */
  readonly message: MessageRef;
  /** What to do next, the same way. */
  readonly nextAction: MessageRef;
  readonly stakeholderIds?: readonly string[];
  readonly relationIds?: readonly string[];
  /** The influence paths behind the gap; most rules have none. */
  readonly paths?: readonly InfluencePathRef[];
}

export function makeGap(code: GapCode, fields: GapFields): Gap {
  return {
    id: fields.perStakeholderId === undefined ? code : `${code}:${fields.perStakeholderId}`,
    code,
    severity: GAP_CATALOG[code].severity,
    message: fields.message,
    stakeholderIds: fields.stakeholderIds ?? [],
    relationIds: fields.relationIds ?? [],
    paths: fields.paths ?? [],
    nextAction: fields.nextAction,
  };
}

/** A gap's text: `engine.gap.<key>` in the catalogs under shared/i18n/catalogs. */
export function gapText(key: string, values?: Readonly<Record<string, MessageValue>>): MessageRef {
  return messageRef(`engine.gap.${key}`, values);
}
