// The command line's logic, testable in-process: parse, dispatch to the command, answer an exit status.
// Each command's module is imported when that command runs: loading them all (ELK with the review
// pack) cost every run about 1.3 s of CPU.
import { cliUsage, parseCliArgs, type ReportCommand } from './cli-args';
import type { CliIo } from './cli-io';
import { reportJsonOutput } from './report-json-output';
import { cliLanguage, takeLanguageOption } from './cli-language';
import { dealmapIntl, messageRef, renderMessage, type Language } from '../../shared/i18n';
import { DealmapApiError } from '../services/dealmap-api-error';
import { serviceErrorText } from './service-error-text';

export type { CliIo, CliOutput } from './cli-io';

/**
 * `report --json`: the same document JSON.stringify would give, written deal by deal as each is
 * reported, so 50,000 deals never sit in memory at once.
 */
async function streamJsonReport(target: string, io: CliIo, asOf: string, cwd: string, language: Language): Promise<number> {
  const { ReportTargetError, streamReportJson } = await import('./collect-report');
  const output = reportJsonOutput(io.stdout);
  let written = 0;
  let rest;
  try {
    rest = await streamReportJson(target, cwd, asOf, (deal) => {
      const opening = written === 0 ? '{"deals":[' : ',';
      written += 1;
      // A cached row is bytes: written as they are, never decoded and encoded again (400 MB at 50,000 deals).
      return output.write(opening, deal);
    }, { language });
  } catch (error) {
    if (!(error instanceof ReportTargetError)) throw error;
    // Nothing was written yet: the target was refused before any deal.
    io.stderr.write(`dealmap: ${renderMessage(dealmapIntl(language), error.reason)}\n`);
    return 2;
  }
  if (written === 0) output.write('{"deals":[');
  output.write(`],"topActions":${JSON.stringify(rest.topActions)},"errors":${JSON.stringify(rest.errors)}}\n`);
  await output.flush();
  return rest.errors.length > 0 ? 1 : 0;
}

/** report: 0 every file read, 1 some deal files could not be read, 2 usage error. */
async function runReportCommand(command: ReportCommand, io: CliIo, today: string, cwd: string, language: Language): Promise<number> {
  const asOf = command.asOf ?? today;
  if (command.json) return streamJsonReport(command.target, io, asOf, cwd, language);
  const [{ ReportTargetError, streamReport }, { reportTableWriter }] = await Promise.all([import('./collect-report'), import('./report-table-writer')]);
  const intl = dealmapIntl(language);
  // The table streams too: its rows come from the listing, each deal's block as it is reported.
  const writer = reportTableWriter((text) => io.stdout.write(text), intl);
  let rest;
  try {
    rest = await streamReport(command.target, cwd, asOf, (deal) => writer.deal(deal), { listed: (deals) => writer.listed(deals), language });
  } catch (error) {
    if (!(error instanceof ReportTargetError)) throw error;
    io.stderr.write(`dealmap: ${renderMessage(dealmapIntl(language), error.reason)}\n`);
    return 2;
  }
  if (!writer.end(rest)) io.stdout.write(`${renderMessage(intl, messageRef('cli.report.no-readable', { target: command.target }))}\n`);
  for (const error of rest.errors) io.stderr.write(`${renderMessage(intl, messageRef('cli-commands.error-line', { message: error.message }))}\n`);
  return rest.errors.length > 0 ? 1 : 0;
}

/** `today` is the review date when `--as-of` is not given; every command answers 2 on a usage error. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  today: string,
  cwd: string = process.cwd(),
  now: () => Date = () => new Date(),
): Promise<number> {
  // Before --lang is read, the system's language (English in-process) tells what is wrong with it.
  const systemIntl = dealmapIntl(io.env === undefined ? 'en' : cliLanguage(undefined, io.env));
  const lang = takeLanguageOption(argv, systemIntl);
  if (!lang.ok) {
    io.stderr.write(`dealmap: ${lang.message}\n\n${cliUsage(systemIntl)}\n`);
    return 2;
  }
  const language = io.env === undefined ? (lang.lang ?? 'en') : cliLanguage(lang.lang, io.env);
  const intl = dealmapIntl(language);
  const command = parseCliArgs(lang.argv, today, intl);
  try {
    return await runCommand(command, io, today, cwd, now, language);
  } catch (error) {
    // A refusal a service raised (an import with errors, an export refused...), in the chosen language.
    if (!(error instanceof DealmapApiError)) throw error;
    io.stderr.write(`dealmap: ${serviceErrorText(intl, error)}\n`);
    return 1;
  }
}

async function runCommand(command: ReturnType<typeof parseCliArgs>, io: CliIo, today: string, cwd: string, now: () => Date, language: Language): Promise<number> {
  const intl = dealmapIntl(language);
  switch (command.kind) {
    case 'help':
      io.stdout.write(`${cliUsage(intl)}\n`);
      return 0;
    case 'usage-error':
      io.stderr.write(`dealmap: ${command.message}\n\n${cliUsage(intl)}\n`);
      return 2;
    case 'report':
      return runReportCommand(command, io, today, cwd, language);
    case 'review':
      return (await import('./review-command')).runReviewCommand(command, io, cwd, language);
    case 'generate':
      return (await import('./generate-command')).runGenerateCommand(command, io, cwd, language);
    case 'import':
      return (await import('./import-command')).runImportCommand(command, io, cwd, now(), language);
    case 'export-csv':
      return (await import('./import-command')).runExportCsvCommand(command, io, cwd, language);
    case 'sync':
    case 'history':
    case 'clone':
      return (await import('./team-commands')).runTeamCommand(command, io, cwd, language);
    case 'pack':
      return (await import('./pack-command')).runPackCommand(command, io, cwd, language);
  }
}
