// An influence path in words, "Path: Anders Nyström → Eva Berg (strength 3)", for the side panel and the packs.
import type { InfluencePathRef } from '../engine/types';
import { dealmapIntl, type DealmapIntl } from '../i18n/dealmap-intl';
import type { Deal } from '../model/deal-schema';

/** Each step with the strength of its relation; a path of one is a decision-maker's own influence. */
export function describeInfluencePath(
  deal: Pick<Deal, 'stakeholders' | 'relations'>,
  path: InfluencePathRef,
  intl: DealmapIntl = dealmapIntl('en'),
): string {
  const name = (id: string) => deal.stakeholders.find((s) => s.id === id)?.name ?? id;
  const [first, ...rest] = path.stakeholderIds;
  if (first === undefined) return intl.formatMessage({ id: 'export.path.none' });
  if (rest.length === 0) return intl.formatMessage({ id: 'export.path.own' }, { name: name(first) });
  const steps = rest.map((id, index) => {
    const relation = deal.relations.find((r) => r.id === path.relationIds[index]);
    return intl.formatMessage({ id: 'export.path.step' }, { name: name(id), strength: relation?.strength ?? 1 });
  });
  return intl.formatMessage({ id: 'export.path' }, { first: name(first), steps: steps.join('') });
}
