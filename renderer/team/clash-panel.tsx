// The open deal's clashes: the field, both values and who set them, and a button to keep each; the pick is saved like any edit.
import type { ClashSide, Deal } from '../../shared/model/deal-schema';
import { resolveClash } from '../../shared/merge/resolve-clash';
import { valueWords } from '../../shared/merge/field-label';
import { useAppStore } from '../state/store-context';

function when(at: string): string {
  return at === '' ? '' : ` · ${at.slice(0, 16).replace('T', ' ')}`;
}

function Side({ side, onKeep, label }: { side: ClashSide; onKeep: () => void; label: string }) {
  return (
    <div className="clash-side">
      <span className="clash-value">{valueWords(side.value)}</span>
      <span className="clash-by">
        {side.by}
        {when(side.at)}
      </span>
      <button type="button" className="clash-keep" onClick={onKeep} aria-label={`${label}: keep ${valueWords(side.value)} (${side.by})`}>
        Keep this
      </button>
    </div>
  );
}

export function ClashPanel({ deal }: { readonly deal: Deal }) {
  const store = useAppStore();
  const clashes = deal.clashes ?? [];
  if (clashes.length === 0) return null;
  return (
    <section className="panel-section clash-panel" aria-labelledby="clash-panel-title">
      <h2 className="panel-title" id="clash-panel-title">
        {clashes.length === 1 ? 'A teammate changed the same field' : `Teammates changed the same ${clashes.length} fields`}
      </h2>
      <p className="clash-hint">Both values are kept until you pick one; the one in the field now is listed first.</p>
      <ul className="clash-list">
        {clashes.map((clash) => (
          <li key={clash.id} className="clash-item">
            <span className="clash-label">{clash.label}</span>
            <Side side={clash.current} label={clash.label} onKeep={() => store.edit((open) => resolveClash(open, clash.id, 'current'))} />
            <Side side={clash.other} label={clash.label} onKeep={() => store.edit((open) => resolveClash(open, clash.id, 'other'))} />
          </li>
        ))}
      </ul>
    </section>
  );
}
