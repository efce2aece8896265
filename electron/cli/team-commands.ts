// `dealmap sync`, `history` and `clone`: the team workspace from the command line, through the same services as the app.
import { resolve } from 'node:path';
import type { DealAsOf, DealHistory, TeamStatus } from '../../shared/api/team-contract';
import { createDealmapServices } from '../services/dealmap-services';
import { DealmapApiError } from '../services/dealmap-api-error';
import { cloneTeamWorkspace } from '../services/team/clone-workspace';
import { isTeamWorkspace } from '../services/team/team-git';
import type { CliIo } from './cli-io';
import type { CloneCommand, TeamCommand } from './team-args';

const STATE_WORDS: Record<TeamStatus['state'], string> = {
  local: 'not a team workspace',
  'in-step': 'in step with the team',
  'to-send': 'changes to send',
  offline: 'offline: the team repository cannot be reached; your changes are kept and sent on a later sync',
  attention: 'needs attention',
};

function formatStatus(status: TeamStatus): string {
  const lines = [`${STATE_WORDS[status.state]}${status.toSend > 0 ? ` (${status.toSend} to send)` : ''}`, `remote: ${status.remote}`];
  for (const file of status.clashFiles) lines.push(`clash: ${file}: two people changed the same field; open the deal in Dealmap and pick one value`);
  for (const problem of status.problems) lines.push(`attention: ${problem}`);
  return `${lines.join('\n')}\n`;
}

function formatHistory(history: DealHistory): string {
  if (history.entries.length === 0) return `No history for ${history.id}.\n`;
  return history.entries
    .map((entry) => `${entry.at.slice(0, 16).replace('T', ' ')}  ${entry.by}\n${entry.changes.map((change) => `  ${change}`).join('\n') || '  (no change to the deal itself)'}`)
    .join('\n')
    .concat('\n');
}

function formatAsOf(found: DealAsOf): string {
  if (found.deal === null) return found.commit === null ? `No version of ${found.id} on or before ${found.date}.\n` : `${found.id} could not be read as of ${found.date} (commit ${found.commit.slice(0, 10)}).\n`;
  const head = `${found.deal.name} as of ${found.date}: last changed by ${found.by ?? '?'} on ${(found.at ?? '').slice(0, 16).replace('T', ' ')} (commit ${(found.commit ?? '').slice(0, 10)})`;
  const since = found.changesSince.length === 0 ? ['  nothing changed since'] : found.changesSince.map((change) => `  ${change}`);
  return `${head}\nChanged since then:\n${since.join('\n')}\n`;
}

async function runClone(command: CloneCommand, io: CliIo, cwd: string): Promise<number> {
  try {
    const folder = await cloneTeamWorkspace({ ...command, folder: resolve(cwd, command.folder), token: process.env.DEALMAP_GIT_TOKEN, tokenUser: command.tokenUser });
    io.stdout.write(`Team workspace ready in ${folder}. Open it in Dealmap, or run: npm run dealmap -- sync ${command.folder}\n`);
    return 0;
  } catch (error) {
    io.stderr.write(`dealmap: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

export async function runTeamCommand(command: TeamCommand, io: CliIo, cwd: string): Promise<number> {
  if (command.kind === 'clone') return runClone(command, io, cwd);
  const workspace = resolve(cwd, command.workspace);
  if (!(await isTeamWorkspace(workspace))) {
    io.stderr.write(`dealmap: ${command.workspace} is not a team workspace (a git clone with a remote named origin); see docs/team-workspaces.md.\n`);
    return 2;
  }
  const services = createDealmapServices({ workspace });
  try {
    if (command.kind === 'history' && command.at !== undefined) {
      const found = await services.dealAsOf({ id: command.dealId, date: command.at });
      io.stdout.write(command.json ? `${JSON.stringify(found)}\n` : formatAsOf(found));
      return 0;
    }
    if (command.kind === 'history') {
      const history = await services.dealHistory({ id: command.dealId });
      io.stdout.write(command.json ? `${JSON.stringify(history)}\n` : formatHistory(history));
      return 0;
    }
    const status = await services.syncTeam({});
    io.stdout.write(command.json ? `${JSON.stringify(status)}\n` : formatStatus(status));
    return status.state === 'attention' ? 1 : status.state === 'offline' ? 3 : 0;
  } catch (error) {
    if (!(error instanceof DealmapApiError)) throw error;
    io.stderr.write(`dealmap: ${error.message}\n`);
    return 1;
  } finally {
    services.closeTeam();
    await services.flushIndex();
  }
}
