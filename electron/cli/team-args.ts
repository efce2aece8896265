// Parses the team commands: `sync <workspace>`, `history <workspace> <deal-id>`, `clone <remote> <folder>`.
import type { OptionSpec, ScannedArgs } from './cli-options';
import { needs, usage } from './cli-usage-error';

export interface SyncCommand {
  readonly kind: 'sync';
  readonly workspace: string;
  readonly json: boolean;
}

export interface HistoryCommand {
  readonly kind: 'history';
  readonly workspace: string;
  readonly dealId: string;
  readonly json: boolean;
  /** `--at YYYY-MM-DD`: the deal as it was at the end of that day, and what changed since. */
  readonly at: string | undefined;
}

export interface CloneCommand {
  readonly kind: 'clone';
  readonly remote: string;
  readonly folder: string;
  readonly name: string;
  readonly email: string;
  readonly tokenUser: string | undefined;
}

export type TeamCommand = SyncCommand | HistoryCommand | CloneCommand;

const JSON_FLAG: OptionSpec = { kind: 'flag' };

/** `missing` names the message for each argument in turn, when it is the first one left out. */
function positionals(args: ScannedArgs, command: string, missing: readonly string[]): string[] {
  if (args.positionals.length < missing.length) throw usage(`error.missing.${missing[args.positionals.length] ?? command}`);
  if (args.positionals.length > missing.length) throw usage(`error.extra.${command}`, { count: args.positionals.length });
  return [...args.positionals];
}

export const TEAM_COMMANDS = {
  sync: {
    options: { '--json': JSON_FLAG },
    parse: (args: ScannedArgs): SyncCommand => {
      const [workspace = ''] = positionals(args, 'sync', ['sync']);
      return { kind: 'sync', workspace, json: args.flags.has('--json') };
    },
  },
  history: {
    options: { '--json': JSON_FLAG, '--at': { kind: 'value', needs: needs('date') } },
    parse: (args: ScannedArgs): HistoryCommand => {
      const [workspace = '', dealId = ''] = positionals(args, 'history', ['history-workspace', 'history-deal']);
      const at = args.values.get('--at');
      if (at !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(at)) throw usage('error.at', { value: at });
      return { kind: 'history', workspace, dealId, json: args.flags.has('--json'), at };
    },
  },
  clone: {
    options: { '--name': { kind: 'value', needs: needs('name') }, '--email': { kind: 'value', needs: needs('email') }, '--token-user': { kind: 'value', needs: needs('user') } },
    parse: (args: ScannedArgs): CloneCommand => {
      const [remote = '', folder = ''] = positionals(args, 'clone', ['clone-remote', 'clone-folder']);
      const [name, email] = [args.values.get('--name'), args.values.get('--email')];
      if (name === undefined || email === undefined) throw usage('error.clone-identity');
      return { kind: 'clone', remote, folder, name, email, tokenUser: args.values.get('--token-user') };
    },
  },
} satisfies Record<string, { options: Record<string, OptionSpec>; parse: (args: ScannedArgs) => TeamCommand }>;
