// The open deal's clashes: the field, both values and who set them, and a button to keep each; the pick is saved like any edit.
import type { ClashSide, Deal } from '../../shared/model/deal-schema';
import { resolveClash } from '../../shared/merge/resolve-clash';
import { fieldValueWords } from '../../shared/merge/coded-field-change';
import { fieldLabelIfNamed, wordsIn } from '../../shared/merge/field-label';
import { useAppStore } from '../state/store-context';
import { SEPARATOR } from '../components/glyphs';
import { useDealmapIntl } from '../i18n/language-context';
import { formatMoment } from '../i18n/locale-format';
import { useT } from '../i18n/use-t';


function Side({ side, deal, path, onKeep, label }: { side: ClashSide; deal: Deal; path: readonly string[]; onKeep: () => void; label: string }) {
  const t = useT();
  const intl = useDealmapIntl();
  const when = side.at === '' ? '' : `${SEPARATOR}${formatMoment(intl, side.at)}`;
  const value = wordsIn(intl, fieldValueWords([deal], path, side.value));
  return (
    <div className="clash-side">
      <span className="clash-value">{value}</span>
      <span className="clash-by">
        {side.by}
        {when}
      </span>
      <button type="button" className="clash-keep" onClick={onKeep} aria-label={t('team.clash.keep-named', { field: label, value, by: side.by })}>
        {t('team.clash.keep')}
      </button>
    </div>
  );
}

export function ClashPanel({ deal }: { readonly deal: Deal }) {
  const store = useAppStore();
  const clashes = deal.clashes ?? [];
  const t = useT();
  const intl = useDealmapIntl();
  if (clashes.length === 0) return null;
  // Named from the path in the reader's language; the English words stored with the clash when the path names nothing left.
  const labelOf = (clash: (typeof clashes)[number]) => wordsIn(intl, fieldLabelIfNamed([deal], clash.path) ?? clash.label);
  return (
    <section className="panel-section clash-panel" aria-labelledby="clash-panel-title">
      <h2 className="panel-title" id="clash-panel-title">
        {t('team.clash.title', { count: clashes.length })}
      </h2>
      <p className="clash-hint">{t('team.clash.hint')}</p>
      <ul className="clash-list">
        {clashes.map((clash) => {
          const label = labelOf(clash);
          return (
            <li key={clash.id} className="clash-item">
              <span className="clash-label">{label}</span>
              <Side side={clash.current} deal={deal} path={clash.path} label={label} onKeep={() => store.edit((open) => resolveClash(open, clash.id, 'current'))} />
              <Side side={clash.other} deal={deal} path={clash.path} label={label} onKeep={() => store.edit((open) => resolveClash(open, clash.id, 'other'))} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
