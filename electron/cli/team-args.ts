// Parses the team commands: `sync <workspace>`, `history <workspace> <deal-id>`, `clone <remote> <folder>`.
import type { OptionSpec, ScannedArgs } from './cli-options';

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

export class TeamUsageError extends Error {}

const JSON_FLAG: OptionSpec = { kind: 'flag' };

function positionals(args: ScannedArgs, names: readonly string[], purpose: string): string[] {
  if (args.positionals.length < names.length) throw new TeamUsageError(`Missing the ${names[args.positionals.length] ?? ''} ${purpose}.`);
  if (args.positionals.length > names.length) throw new TeamUsageError(`Expected ${names.join(' and ')}, got ${args.positionals.length} arguments.`);
  return [...args.positionals];
}

export const TEAM_COMMANDS = {
  sync: {
    options: { '--json': JSON_FLAG },
    parse: (args: ScannedArgs): SyncCommand => {
      const [workspace = ''] = positionals(args, ['workspace folder'], 'to sync');
      return { kind: 'sync', workspace, json: args.flags.has('--json') };
    },
  },
  history: {
    options: { '--json': JSON_FLAG, '--at': { kind: 'value', needs: 'a date as YYYY-MM-DD' } },
    parse: (args: ScannedArgs): HistoryCommand => {
      const [workspace = '', dealId = ''] = positionals(args, ['workspace folder', 'deal id'], 'to show the history of');
      const at = args.values.get('--at');
      if (at !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(at)) throw new TeamUsageError(`--at expects a date as YYYY-MM-DD, got "${at}".`);
      return { kind: 'history', workspace, dealId, json: args.flags.has('--json'), at };
    },
  },
  clone: {
    options: { '--name': { kind: 'value', needs: 'your name' }, '--email': { kind: 'value', needs: 'your e-mail' }, '--token-user': { kind: 'value', needs: 'a user name' } },
    parse: (args: ScannedArgs): CloneCommand => {
      const [remote = '', folder = ''] = positionals(args, ['remote', 'workspace folder'], 'to clone');
      const [name, email] = [args.values.get('--name'), args.values.get('--email')];
      if (name === undefined || email === undefined) throw new TeamUsageError('clone needs --name "Your Name" and --email you@company.com: every change you make is signed with them.');
      return { kind: 'clone', remote, folder, name, email, tokenUser: args.values.get('--token-user') };
    },
  },
} satisfies Record<string, { options: Record<string, OptionSpec>; parse: (args: ScannedArgs) => TeamCommand }>;
