// Asks what to do with the simulated changes when the user leaves what-if or opens another deal.
import { Dialog } from '../components/dialog';
import { useAppState, useAppStore } from '../state/store-context';
import { useT } from '../i18n/use-t';

export function LeaveSimulationDialog() {
  const store = useAppStore();
  const t = useT();
  const request = useAppState((s) => s.whatIf?.leaveRequest ?? null);
  const savedName = useAppState((s) => s.whatIf?.saved.name ?? '');
  const target = useAppState((s) =>
    request?.kind === 'open-deal' ? s.deals.find((deal) => deal.id === request.dealId)?.name : undefined,
  );
  if (!request) return null;
  const stay = () => store.answerSimulationLeave('stay');
  return (
    <Dialog
      title={t('whatif.leave.title')}
      onClose={stay}
      description={
        target === undefined
          ? t('whatif.leave.description', { deal: savedName })
          : t('whatif.leave.description-then', { deal: savedName, target })
      }
    >
      <div className="dialog-buttons">
        <button type="button" className="button" onClick={stay}>
          {t('whatif.leave.keep')}
        </button>
        <button type="button" className="button button-danger-outline" onClick={() => store.answerSimulationLeave('discard')}>
          {t('whatif.discard')}
        </button>
        <button type="button" className="button button-primary" onClick={() => store.answerSimulationLeave('apply')}>
          {t('whatif.apply')}
        </button>
      </div>
    </Dialog>
  );
}
