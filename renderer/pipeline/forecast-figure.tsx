// The forecast under the pipeline's title: the AEs' calls per category, the engine's challenges beside commit, overdue deals per AE.
import { useMemo } from 'react';
import { overdueByOwner, pipelineForecast, type CurrencyAmount, type ForecastLine, type PipelineRow, type ReportingCurrencySettings } from '../../shared/pipeline';
import { formatCompactAmount } from '../charts/chart-format';
import { useDealmapIntl } from '../i18n/language-context';
import { formatIsoDate } from '../i18n/locale-format';
import { useT, type Translate } from '../i18n/use-t';
import { useVocabulary } from '../i18n/use-vocabulary';
import { SPACE } from '../components/glyphs';

/** Challenged deals named as buttons; the rest are counted. */
const SHOWN_CHALLENGES = 4;
const SHOWN_OWNERS = 4;

function perCurrency(t: Translate, locale: string, amounts: readonly CurrencyAmount[]): string {
  const shown = amounts.slice(0, 2).map((sum) => formatCompactAmount(sum.amount, sum.currency, locale));
  return amounts.length > 2 ? t('pipeline.forecast.more-currencies', { shown: shown.join(' + '), count: amounts.length - 2 }) : shown.join(' + ') || '0';
}

function amountOf(t: Translate, locale: string, line: ForecastLine): string {
  if (line.total === null) return perCurrency(t, locale, line.amounts);
  const missing = line.total.missing.map((sum) => sum.currency ?? t('pipeline.forecast.no-currency'));
  const amount = formatCompactAmount(line.total.amount, line.total.currency, locale);
  return missing.length > 0 ? t('pipeline.forecast.no-rate', { amount, currencies: missing.join(', ') }) : amount;
}

export function ForecastFigure({ rows, settings, onOpen }: { rows: readonly PipelineRow[]; settings: ReportingCurrencySettings; onOpen: (dealId: string) => void }) {
  const forecast = useMemo(() => pipelineForecast(rows, settings), [rows, settings]);
  const overdue = useMemo(() => overdueByOwner(rows), [rows]);
  const t = useT();
  const intl = useDealmapIntl();
  const vocabulary = useVocabulary();
  if (forecast.lines.length === 0) return null;
  const overdueDeals = overdue.reduce((sum, owner) => sum + owner.overdue, 0);
  const explain =
    settings.reportingCurrency === undefined
      ? t('pipeline.forecast.per-currency')
      : settings.exchangeRates
        ? t('pipeline.forecast.in-currency-rates', { currency: settings.reportingCurrency, date: formatIsoDate(intl, settings.exchangeRates.date) })
        : t('pipeline.forecast.in-currency', { currency: settings.reportingCurrency });
  return (
    <section className="forecast-figure" aria-labelledby="forecast-title">
      <h2 id="forecast-title" className="forecast-label">
        {t('pipeline.forecast')} <span className="forecast-explain">{explain}</span>
      </h2>
      <ul className="forecast-lines">
        {forecast.lines.map((line) => (
          <li key={line.category ?? 'none'} className={`forecast-line forecast-${line.category ?? 'none'}`}>
            <span className="forecast-category">{line.category === null ? t('pipeline.forecast.not-called') : vocabulary.forecast[line.category]}</span>{SPACE}
            <span className="forecast-amount">{amountOf(t, intl.locale, line)}</span>{SPACE}
            <span className="forecast-deals">{t('pipeline.forecast.deals', { count: line.deals })}</span>
            {line.challenged > 0 && <span className="forecast-challenged">{t('pipeline.forecast.challenged', { count: line.challenged })}</span>}
          </li>
        ))}
      </ul>
      {forecast.challenges.length > 0 && (
        <div className="forecast-challenges" role="group" aria-label={t('pipeline.forecast.challenges')}>
          <span className="forecast-challenges-label">{t('pipeline.forecast.challenges-label')}</span>
          {forecast.challenges.slice(0, SHOWN_CHALLENGES).map((row) => (
            <button key={row.dealId} type="button" className="forecast-challenge" title={
                row.blockers > 1
                  ? t('pipeline.forecast.challenge-title-more', { deal: row.deal, account: row.account, stage: vocabulary.stage[row.stage], count: row.blockers - 1 })
                  : t('pipeline.forecast.challenge-title', { deal: row.deal, account: row.account, stage: vocabulary.stage[row.stage] })
              } onClick={() => onOpen(row.dealId)}>
              {t('pipeline.forecast.challenge', { deal: row.deal, account: row.account })}
            </button>
          ))}
          {forecast.challenges.length > SHOWN_CHALLENGES && <span className="forecast-more">{t('pipeline.forecast.challenges-more', { count: forecast.challenges.length - SHOWN_CHALLENGES })}</span>}
        </div>
      )}
      <p className="forecast-overdue">
        <span className="forecast-overdue-label">{t('pipeline.forecast.overdue')}</span>{SPACE}
        {overdueDeals === 0
          ? t('pipeline.forecast.none-overdue')
          : t('pipeline.forecast.overdue-deals', {
              count: overdueDeals,
              owners: `${overdue
                .slice(0, SHOWN_OWNERS)
                .map((owner) => t('pipeline.forecast.overdue-owner', { owner: owner.owner ?? t('pipeline.forecast.no-owner'), overdue: owner.overdue, open: owner.open }))
                .join(', ')}${overdue.length > SHOWN_OWNERS ? t('pipeline.forecast.more-owners', { count: overdue.length - SHOWN_OWNERS }) : ''}`,
            })}
      </p>
    </section>
  );
}
