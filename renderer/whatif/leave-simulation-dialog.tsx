// Asks what to do with the simulated changes when the user leaves what-if or opens another deal.
import { Dialog } from '../components/dialog';
import { useAppState, useAppStore } from '../state/store-context';

export function LeaveSimulationDialog() {
  const store = useAppStore();
  const request = useAppState((s) => s.whatIf?.leaveRequest ?? null);
  const savedName = useAppState((s) => s.whatIf?.saved.name ?? '');
  const target = useAppState((s) =>
    request?.kind === 'open-deal' ? s.deals.find((deal) => deal.id === request.dealId)?.name : undefined,
  );
  if (!request) return null;
  const stay = () => store.answerSimulationLeave('stay');
  const then = target === undefined ? '' : `, then open “${target}”`;
  return (
    <Dialog
      title="Leave the what-if simulation?"
      onClose={stay}
      description={`The changes you simulated on “${savedName}” are not saved. Apply them to the deal or discard them${then}?`}
    >
      <div className="dialog-buttons">
        <button type="button" className="button" onClick={stay}>
          Keep simulating
        </button>
        <button type="button" className="button button-danger-outline" onClick={() => store.answerSimulationLeave('discard')}>
          Discard
        </button>
        <button type="button" className="button button-primary" onClick={() => store.answerSimulationLeave('apply')}>
          Apply
        </button>
      </div>
    </Dialog>
  );
}
