// The language the CLI speaks: `--lang sv|en` on any command, else the system's locale, else English.
import { dealmapIntl, isLanguage, LANGUAGES, messageRef, orList, pickLanguage, renderMessage, type DealmapIntl, type Language } from '../../shared/i18n';

/** The variables a locale is read from, in POSIX order; `process.env` in the real CLI. */
export type CliEnv = Readonly<Record<string, string | undefined>>;

export type LanguageOption =
  | { readonly ok: true; readonly argv: readonly string[]; readonly lang: Language | undefined }
  | { readonly ok: false; readonly message: string };

/** Takes `--lang X` or `--lang=X` out of a command's arguments, wherever it stands; a bad value is told in `intl`'s language. */
export function takeLanguageOption(argv: readonly string[], intl: DealmapIntl = dealmapIntl('en')): LanguageOption {
  const rest: string[] = [];
  let lang: Language | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg !== '--lang' && !arg.startsWith('--lang=')) {
      rest.push(arg);
      continue;
    }
    const value = arg === '--lang' ? argv[(index += 1)] : arg.slice('--lang='.length);
    if (!isLanguage(value)) {
      const languages = orList([...LANGUAGES]);
      const ref = value === undefined || value === '' ? messageRef('cli-usage.error.lang-missing', { languages }) : messageRef('cli-usage.error.lang', { languages, value });
      return { ok: false, message: renderMessage(intl, ref) };
    }
    lang = value;
  }
  return { ok: true, argv: rest, lang };
}

/**
 * The flag, else LC_ALL, LC_MESSAGES, LANG (the first one set wins, as POSIX reads them), else the
 * locale Intl was started with. `C` and `POSIX` name no language, so English.
 */
export function cliLanguage(flag: Language | undefined, env: CliEnv, intlLocale: string = Intl.DateTimeFormat().resolvedOptions().locale): Language {
  if (flag !== undefined) return flag;
  const posix = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return posix === undefined ? pickLanguage([intlLocale]) : pickLanguage([posix]);
}
