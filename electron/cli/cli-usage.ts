// The usage text of `npm run dealmap`: every command, its options and its exit statuses, in the CLI's language.
import { dealmapIntl, type DealmapIntl } from '../../shared/i18n';
import { DEFAULT_GENERATE_AS_OF, DEFAULT_GENERATE_SEED } from '../services/generate';

/** The command lines themselves: syntax, the same in every language. */
const SYNOPSIS = [
  'report <workspace-folder|deal-file> [--json] [--as-of YYYY-MM-DD] [--lang sv|en]',
  'review <workspace-folder> [--since <review-id|YYYY-MM-DD>] [--json] [--as-of YYYY-MM-DD]',
  'generate --deals N [--seed S] [--people P] [--as-of YYYY-MM-DD] <workspace-folder>',
  'import salesforce <workspace> --opportunities F [--contacts F] [--contact-roles F] [--dry-run] [--json]',
  'import hubspot <workspace> --deals F [--contacts F] [--associations F] [--dry-run] [--json]',
  'import csv <workspace> --mapping F F... [--dry-run] [--json]',
  'export csv <workspace> <folder> [--as-of YYYY-MM-DD]',
  'clone <remote> <workspace> --name "Your Name" --email you@company.com [--token-user U]',
  'sync <workspace> [--json]',
  'history <workspace> <deal-id> [--at YYYY-MM-DD] [--json]',
  'pack <workspace> --owner NAME [--since <review-id|YYYY-MM-DD>] [--format md|html|pdf] [--as-of YYYY-MM-DD] <out-dir>',
];

const ABOUT = ['report', 'review', 'generate', 'import', 'pack', 'export', 'clone', 'sync', 'history'] as const;
const OPTIONS = ['lang', 'json', 'as-of', 'since', 'deals', 'people', 'seed'] as const;
const EXITS = ['report', 'review', 'generate', 'import', 'export', 'sync', 'history', 'clone', 'pack'] as const;

/** "  report     first line", then each further line of the message under the first. */
function entry(name: string, text: string): string[] {
  return text.split('\n').map((line, index) => `${index === 0 ? `  ${name.padEnd(10)} ` : ' '.repeat(13)}${line}`);
}

/** The whole usage text; the words in `intl`'s language, the commands and options as typed. */
export function cliUsage(intl: DealmapIntl): string {
  const say = (id: string, values?: Readonly<Record<string, string>>) => intl.formatMessage({ id: `cli-usage.${id}` }, values);
  const heading = say('heading');
  const values: Record<string, Readonly<Record<string, string>>> = {
    generate: { folder: '<workspace-folder>' },
    pack: { outDir: '<out-dir>' },
    'as-of': { asOf: DEFAULT_GENERATE_AS_OF },
    seed: { seed: String(DEFAULT_GENERATE_SEED) },
  };
  return [
    ...SYNOPSIS.map((line, index) => `${index === 0 ? heading : ' '.repeat(heading.length)} npm run dealmap -- ${line}`),
    '',
    ...ABOUT.flatMap((name) => entry(name, say(`about.${name}`, values[name]))),
    '',
    ...OPTIONS.flatMap((name) => entry(`--${name}`, say(`option.${name}`, values[name]))),
    '',
    say('exit-heading'),
    ...EXITS.flatMap((name) => entry(name, say(`exit.${name}`))),
  ].join('\n');
}

/** The English usage text, as docs/cli.md documents it. */
export const CLI_USAGE = cliUsage(dealmapIntl('en'));
