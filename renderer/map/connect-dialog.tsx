// After a drag from one card to another: choose the relation's kind and strength.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Deal } from '../../shared/model/deal-schema';
import type { RelationKind } from '../../shared/model/vocabulary';
import { Dialog } from '../components/dialog';
import { SelectField } from '../components/select-field';
import { addRelation } from '../../shared/edits/buying-center-edits';
import { useAppStore } from '../state/store-context';
import { STRENGTH_LABELS } from '../vocabulary-labels';
import type { ConnectRequest } from './buying-center-map';

const STRENGTHS = ['1', '2', '3'] as const;
const STRENGTH_OPTION_LABELS = { 1: '1 – weak', 2: '2 – medium', 3: '3 – strong' } as const;

export function ConnectDialog({ deal, request, onClose }: { deal: Deal; request: ConnectRequest; onClose: () => void }) {
  const store = useAppStore();
  const name = (id: string) => deal.stakeholders.find((s) => s.id === id)?.name ?? id;
  const from = name(request.from);
  const to = name(request.to);
  const [kind, setKind] = useState<RelationKind>('influences');
  const [strength, setStrength] = useState<(typeof STRENGTHS)[number]>('2');
  const connectButton = useRef<HTMLButtonElement>(null);
  // Connect has the focus once the dialog is open: Enter adds the usual choice, a medium influence.
  useEffect(() => connectButton.current?.focus(), []);
  const kindLabels: Record<RelationKind, string> = {
    influences: `${from} influences ${to}`,
    'reports-to': `${from} reports to ${to}`,
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    store.edit((current) =>
      addRelation(current, { from: request.from, to: request.to, kind, strength: Number(strength) }),
    );
    onClose();
  }

  return (
    <Dialog title={`Connect ${from} and ${to}`} onClose={onClose}>
      <form className="dialog-form" onSubmit={submit}>
        <SelectField label="Relation kind" value={kind} options={['influences', 'reports-to']} labels={kindLabels} onChange={setKind} />
        <SelectField
          label="Relation strength"
          value={strength}
          options={STRENGTHS}
          labels={STRENGTH_OPTION_LABELS}
          onChange={setStrength}
          disabled={kind !== 'influences'}
        />
        <p className="dialog-hint">
          {kind === 'influences'
            ? `A ${STRENGTH_LABELS[Number(strength)]} influence, drawn as an arrow.`
            : 'Drawn as an org-chart line, the manager above.'}
        </p>
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button ref={connectButton} type="submit" className="button button-primary">
            Connect
          </button>
        </div>
      </form>
    </Dialog>
  );
}
