// Pipeline rows for the pure tests: a blocked open deal by default, any field overridable.
import type { Gap, GapCode, GapSeverity } from '../../../shared/engine/types';
import { closeQuarterOf, type PipelineRow } from '../../../shared/pipeline';
import { messageRef } from '../../../shared/i18n';

export function gap(code: GapCode, severity: GapSeverity, id: string = code): Gap {
  return { id, code, severity, message: messageRef('engine.gap.no-savings-case.message'), stakeholderIds: [], relationIds: [], paths: [], nextAction: messageRef('engine.gap.no-benefits.next') };
}

/** A row whose counts, codes and top gap follow from `gaps` unless given. */
export function buildRow(input: Partial<PipelineRow> & { readonly dealId: string; readonly gaps?: readonly Gap[] }): PipelineRow {
  const { gaps = [gap('need-unconfirmed', 'blocker')], ...fields } = input;
  const counts = new Map<GapCode, number>();
  for (const g of gaps) counts.set(g.code, (counts.get(g.code) ?? 0) + 1);
  const first = gaps[0];
  const closeDate = fields.closeDate === undefined ? '2027-02-15' : fields.closeDate;
  return {
    owner: 'Sara Lind',
    account: `${fields.dealId} AB`,
    deal: fields.dealId,
    amount: 100_000,
    currency: 'SEK',
    closeDate,
    closeQuarter: closeQuarterOf(closeDate),
    status: 'open',
    stage: 'lead',
    forecastCategory: null,
    score: 20,
    blockers: gaps.filter((g) => g.severity === 'blocker').length,
    warnings: gaps.filter((g) => g.severity === 'warning').length,
    topGap: first ? { code: first.code, severity: first.severity } : null,
    gapCodes: [...counts.keys()],
    gapCounts: [...counts],
    ...fields,
  };
}

export function ids(rows: readonly Pick<PipelineRow, 'dealId'>[]): string[] {
  return rows.map((row) => row.dealId);
}
