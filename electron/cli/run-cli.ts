// The command line's logic, testable in-process: parse, report, print, and answer an exit status.
import { CLI_USAGE, parseCliArgs } from './cli-args';
import { collectReport, ReportTargetError } from './collect-report';
import type { CliIo } from './cli-io';
import { formatReportTable } from './format-report-table';

export type { CliIo, CliOutput } from './cli-io';

/** Exit statuses: 0 every file read, 1 some deal files could not be read, 2 usage error. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  today: string,
  cwd: string = process.cwd(),
): Promise<number> {
  const command = parseCliArgs(argv);
  if (command.kind === 'help') {
    io.stdout.write(`${CLI_USAGE}\n`);
    return 0;
  }
  if (command.kind === 'usage-error') {
    io.stderr.write(`dealmap: ${command.message}\n\n${CLI_USAGE}\n`);
    return 2;
  }
  let report;
  try {
    report = await collectReport(command.target, cwd, command.asOf ?? today);
  } catch (error) {
    if (!(error instanceof ReportTargetError)) throw error;
    io.stderr.write(`dealmap: ${error.message}\n`);
    return 2;
  }
  if (command.json) {
    io.stdout.write(`${JSON.stringify(report)}\n`);
  } else {
    if (report.deals.length > 0) io.stdout.write(formatReportTable(report));
    else io.stdout.write(`No readable deals in ${command.target}.\n`);
    for (const error of report.errors) io.stderr.write(`error: ${error.message}\n`);
  }
  return report.errors.length > 0 ? 1 : 0;
}
