// The language picker in the top bar: English or Svenska, at once, kept for this user.
import { LANGUAGES, isLanguage } from '../../shared/i18n';
import { useLanguageChoice } from '../i18n/language-context';
import { useT } from '../i18n/use-t';

export function LanguagePicker() {
  const { intl, setLanguage } = useLanguageChoice();
  const t = useT();
  return (
    <label className="language-picker">
      <span className="visually-hidden">{t('app.language')}</span>
      <select
        value={intl.language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`app.language.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
