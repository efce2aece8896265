// One deal in the pipeline table; the whole row opens the deal in the map view.
import { memo, type KeyboardEvent } from 'react';
import type { PipelineRow } from '../../shared/pipeline';
import { SeverityIcon } from '../components/icons';
import { StageBadge } from '../components/stage-badge';
import { formatAmount, formatIsoDate } from '../i18n/locale-format';
import { useDealmapIntl } from '../i18n/language-context';
import { useT } from '../i18n/use-t';
import { useGapCodeLabel } from './gap-code-label';
import { RowChangesBadge } from '../review/row-changes-badge';

const NO_VALUE = '—';

interface PipelineTableRowProps {
  readonly row: PipelineRow;
  /** Position in the sorted, filtered rows (0-based). */
  readonly index: number;
  readonly active: boolean;
  readonly onOpen: (dealId: string) => void;
  readonly onActivate: (index: number) => void;
  /** The table's virtualizer measures the rendered row (found by its `data-index`). */
  readonly measureRef: (element: HTMLTableRowElement | null) => void;
}

function onKeyOpen(event: KeyboardEvent, open: () => void): void {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  event.preventDefault();
  open();
}

export const PipelineTableRow = memo(function PipelineTableRow({ row, index, active, onOpen, onActivate, measureRef }: PipelineTableRowProps) {
  const open = () => onOpen(row.dealId);
  const t = useT();
  const intl = useDealmapIntl();
  const gapCodeLabel = useGapCodeLabel();
  return (
    <tr
      ref={measureRef}
      className={`pipeline-row${active ? ' is-active' : ''}${row.blockers > 0 ? ' is-blocked' : ''}`}
      aria-rowindex={index + 2}
      data-index={index}
      data-deal-id={row.dealId}
      tabIndex={active ? 0 : -1}
      title={t('pipeline.open-row', { deal: row.deal })}
      onClick={open}
      onFocus={() => onActivate(index)}
      onKeyDown={(event) => onKeyOpen(event, open)}
    >
      <td className={row.owner ? undefined : 'muted'} title={row.owner ?? undefined}>
        {row.owner ?? t('pipeline.no-owner')}
      </td>
      <td title={row.account}>{row.account}</td>
      <td className="pipeline-deal-name" title={row.deal}>
        {row.deal}
        <RowChangesBadge dealId={row.dealId} />
      </td>
      <td className="numeric">{formatAmount(intl, row.amount, row.currency)}</td>
      <td className={row.closeDate ? 'numeric-date' : 'muted'}>{row.closeDate === null ? NO_VALUE : formatIsoDate(intl, row.closeDate)}</td>
      <td>
        <StageBadge stage={row.stage} />
        {row.crmStage !== undefined && (
          <span className="crm-stage" title={t('pipeline.crm-title', { stage: row.crmStage })}>
            {t('pipeline.crm', { stage: row.crmStage })}
          </span>
        )}
      </td>
      <td className="numeric">{row.score}</td>
      <td className="numeric">
        <span className={`blocker-count${row.blockers > 0 ? ' has-blockers' : ''}`}>{row.blockers}</span>
      </td>
      <td className="pipeline-top-gap" title={row.topGap ? gapCodeLabel(row.topGap.code) : undefined}>
        {row.topGap ? (
          <span className={`top-gap gap-${row.topGap.severity}`}>
            <SeverityIcon severity={row.topGap.severity} />
            <span className="top-gap-label">{gapCodeLabel(row.topGap.code)}</span>
          </span>
        ) : (
          <span className="muted">{t('pipeline.no-gaps')}</span>
        )}
      </td>
    </tr>
  );
});
