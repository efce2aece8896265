// docs/cli.md's tables against the usage text the command prints: every command, option and exit status.
import { describe, expect, it } from 'vitest';
import { CLI_USAGE } from '../../electron/cli/cli-usage';
import { SERVE_USAGE } from '../../electron/host/serve-args';
import { codeSpans, readDoc, tableStartingWith } from './markdown-doc';

const cliDoc = readDoc('docs/cli.md');
const OPTION = /--[a-z][a-z-]*/g;

interface UsageCommand {
  readonly command: string;
  readonly options: ReadonlySet<string>;
}

/** Each usage line's command ("import salesforce") with the options its line and its description name. */
function usageCommands(usage: string): UsageCommand[] {
  const lines = usage.split('\n');
  const described = new Map<string, Set<string>>();
  let current: string | null = null;
  for (const line of lines) {
    const start = /^ {2}([a-z]+) {2,}/.exec(line);
    if (start) current = start[1] ?? null;
    else if (!/^ {3,}/.test(line)) current = null;
    if (line.startsWith('Exit status')) break;
    if (current !== null) for (const option of line.match(OPTION) ?? []) (described.get(current) ?? described.set(current, new Set()).get(current))?.add(option);
  }
  return lines.flatMap((line) => {
    const usageLine = /npm run dealmap -- (.*)$/.exec(line);
    if (!usageLine) return [];
    const words = (usageLine[1] ?? '').split(' ');
    const command = words.slice(0, words.findIndex((word) => /^[<[-]/.test(word))).join(' ');
    const options = new Set([...(usageLine[1]?.match(OPTION) ?? []), ...(described.get(command.split(' ')[0] ?? '') ?? [])]);
    return [{ command, options }];
  });
}

/** The exit-status block: each command with the statuses it names. */
function exitStatuses(usage: string): Map<string, number[]> {
  const statuses = new Map<string, number[]>();
  let current = '';
  for (const line of usage.slice(usage.indexOf('Exit status:')).split('\n').slice(1)) {
    const start = /^ {2}([a-z]+) {2,}(.*)$/.exec(line);
    if (start) current = start[1] ?? '';
    const text = start ? (start[2] ?? '') : line;
    const codes = [...text.matchAll(/(?:^|,)\s*(\d)\s/g)].map((match) => Number(match[1]));
    statuses.set(current, [...(statuses.get(current) ?? []), ...codes]);
  }
  return statuses;
}

const commands = usageCommands(CLI_USAGE);
const optionRows = tableStartingWith(cliDoc, ['command', 'option', 'what it takes']).rows.map(([command = '', option = '', takes = '']) => ({
  commands: codeSpans(command),
  everyCommand: command.includes('every command'),
  options: codeSpans(option),
  takes,
}));

describe('docs/cli.md', () => {
  it('reads the usage text', () => {
    expect(commands.map((entry) => entry.command)).toEqual(expect.arrayContaining(['report', 'review', 'generate', 'import salesforce', 'pack']));
    expect(commands.find((entry) => entry.command === 'import csv')?.options).toContain('--skip-bad-rows');
  });

  it('lists every command of the usage text, and no other', () => {
    const documented = tableStartingWith(cliDoc, ['command', 'what it does']).rows.map(([command = '']) => codeSpans(command)[0]);
    expect(documented.filter((command) => command !== 'help').sort()).toEqual(commands.map((entry) => entry.command).sort());
  });

  it('documents every option of every command', () => {
    const missing = commands.flatMap(({ command, options }) =>
      [...options]
        .filter((option) => !optionRows.some((row) => row.options.includes(option) && (row.everyCommand || row.commands.includes(command))))
        .map((option) => `${command} ${option}`),
    );
    expect(missing).toEqual([]);
  });

  it('documents every option the usage text names anywhere', () => {
    const documented = new Set(optionRows.flatMap((row) => row.options));
    expect([...new Set(CLI_USAGE.match(OPTION))].filter((option) => !documented.has(option))).toEqual([]);
  });

  it('documents no option a command does not have', () => {
    const wrong = optionRows.flatMap((row) =>
      row.everyCommand
        ? row.options.filter((option) => !CLI_USAGE.includes(option))
        : row.commands.flatMap((command) =>
            row.options
              .filter((option) => !(commands.find((entry) => entry.command === command)?.options.has(option) ?? false))
              .map((option) => `${command} ${option}`),
          ),
    );
    expect(wrong).toEqual([]);
  });

  it('gives each command’s exit statuses as the usage text does', () => {
    const documented = new Map(
      tableStartingWith(cliDoc, ['command', 'exit status']).rows.map(([command = '', text = '']) => [
        codeSpans(command)[0] ?? '',
        [...text.matchAll(/(?:^|,)\s*(\d)\s/g)].map((match) => Number(match[1])),
      ]),
    );
    const expected = exitStatuses(CLI_USAGE);
    expect(expected.get('sync')).toEqual([0, 1, 2, 3]);
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(expected));
  });

  it('documents every option of the browser host, and no other', () => {
    const documented = tableStartingWith(cliDoc, ['option', 'what it takes']).rows.flatMap(([option = '']) => codeSpans(option));
    expect(documented.sort()).toEqual([...new Set(SERVE_USAGE.match(OPTION))].sort());
  });
});
