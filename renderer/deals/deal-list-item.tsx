// One deal in the list: name, account, amount, computed stage and blocker count, all from its summary.
import { gapSeverityCounts, type DealSummary } from '../../shared/pipeline/deal-summary';
import { StageBadge } from '../components/stage-badge';
import { formatAmount } from '../i18n/locale-format';
import { useDealmapIntl } from '../i18n/language-context';
import { useT } from '../i18n/use-t';

interface DealListItemProps {
  readonly deal: DealSummary;
  /** 1-based place in the whole list, of `setSize` deals: only a window of the list is rendered. */
  readonly position: number;
  readonly setSize: number;
  readonly open: boolean;
  readonly onOpen: (id: string) => void;
  readonly onRename: () => void;
  readonly onDelete: () => void;
  /** The list's virtualizer measures the rendered row: its place in the list, and the callback. */
  readonly index: number;
  readonly measureRef: (element: HTMLLIElement | null) => void;
}

export function DealListItem({ deal, position, setSize, open, onOpen, onRename, onDelete, index, measureRef }: DealListItemProps) {
  const { blockers } = gapSeverityCounts(deal);
  const t = useT();
  const intl = useDealmapIntl();
  return (
    <li
      ref={measureRef}
      data-index={index}
      className={`deal-item${open ? ' is-open' : ''}`}
      data-deal-id={deal.id}
      aria-posinset={position}
      aria-setsize={setSize}
    >
      <button
        type="button"
        className="deal-row"
        aria-current={open ? 'true' : undefined}
        onClick={() => onOpen(deal.id)}
      >
        <span className="deal-name">{deal.name}</span>
        <span className="deal-row-middle">
          <span className="deal-account">{deal.account}</span>
          <span className="deal-amount">{formatAmount(intl, deal.amount, deal.currency)}</span>
        </span>
        <span className="deal-row-bottom">
          <StageBadge stage={deal.stage} />
          <span className={`blocker-count${blockers > 0 ? ' has-blockers' : ''}`}>
            {blockers === 0 ? t('deals.no-blockers') : t('deals.blockers', { count: blockers })}
          </span>
        </span>
      </button>
      {open && (
        <div className="deal-actions">
          <button type="button" className="button button-small button-quiet" onClick={onRename}>
            {t('deals.rename')}
          </button>
          <button type="button" className="button button-small button-quiet button-danger-text" onClick={onDelete}>
            {t('deals.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
