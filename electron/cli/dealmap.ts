// `npm run dealmap -- <report|review|generate> ...`: the thin process entry around runCli.
import { localDate } from '../../shared/model/local-date';
import { runCli } from './run-cli';

// npm runs scripts from the package folder; INIT_CWD is where the user typed the command.
const cwd = process.env.INIT_CWD ?? process.cwd();

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }, localDate(new Date()), cwd).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`dealmap: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
