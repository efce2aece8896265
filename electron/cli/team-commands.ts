// `dealmap sync`, `history` and `clone`: the team workspace from the command line, through the same services as the app.
import { serviceErrorText } from './service-error-text';
import { resolve } from 'node:path';
import type { DealAsOf, DealHistory, TeamStatus } from '../../shared/api/team-contract';
import { createDealmapServices } from '../services/dealmap-services';
import { DealmapApiError } from '../services/dealmap-api-error';
import { cloneTeamWorkspace } from '../services/team/clone-workspace';
import { isTeamWorkspace } from '../services/team/team-git';
import type { CliIo } from './cli-io';
import { dealmapIntl, messageRef, type DealmapIntl, type Language, type MessageRef, type MessageValue, renderMessage, renderedMessage } from '../../shared/i18n';
import type { CloneCommand, TeamCommand } from './team-args';

type Say = (id: string, values?: Readonly<Record<string, MessageValue>>) => string;

function sayer(intl: DealmapIntl): Say {
  return (id, values) => renderMessage(intl, messageRef(`cli-commands.${id}`, values));
}

/** The state as an ICU select code: the catalog's selectors cannot hold a hyphen. */
function stateRef(state: TeamStatus['state']): MessageRef {
  return messageRef('cli-commands.sync.state', { state: state.replace('-', '_') });
}

function formatStatus(status: TeamStatus, intl: DealmapIntl): string {
  const say = sayer(intl);
  const state = stateRef(status.state);
  const lines = [status.toSend > 0 ? say('sync.state-to-send', { state, count: status.toSend }) : renderMessage(intl, state), say('sync.remote', { remote: status.remote })];
  for (const file of status.clashFiles) lines.push(say('sync.clash', { file }));
  for (const problem of status.problemMessages) lines.push(say('sync.attention', { problem }));
  return `${lines.join('\n')}\n`;
}

function formatHistory(history: DealHistory, intl: DealmapIntl, say: Say): string {
  if (history.entries.length === 0) return `${say('history.none', { id: history.id })}\n`;
  return history.entries
    .map((entry) => `${entry.at.slice(0, 16).replace('T', ' ')}  ${entry.by}\n${entry.changes.map((change) => `  ${renderMessage(intl, change)}`).join('\n') || `  ${say('history.no-change')}`}`)
    .join('\n')
    .concat('\n');
}

function formatAsOf(found: DealAsOf, intl: DealmapIntl, say: Say): string {
  if (found.deal === null) {
    return found.commit === null
      ? `${say('history.no-version', { id: found.id, date: found.date })}\n`
      : `${say('history.unreadable', { id: found.id, date: found.date, commit: found.commit.slice(0, 10) })}\n`;
  }
  const head = say('history.as-of', { deal: found.deal.name, date: found.date, by: found.by ?? '?', at: (found.at ?? '').slice(0, 16).replace('T', ' '), commit: (found.commit ?? '').slice(0, 10) });
  const since = found.changesSince.length === 0 ? [`  ${say('history.nothing-since')}`] : found.changesSince.map((change) => `  ${renderMessage(intl, change)}`);
  return `${head}\n${say('history.changed-since')}\n${since.join('\n')}\n`;
}

async function runClone(command: CloneCommand, io: CliIo, cwd: string, intl: DealmapIntl): Promise<number> {
  const say = sayer(intl);
  try {
    const folder = await cloneTeamWorkspace({ ...command, folder: resolve(cwd, command.folder), token: process.env.DEALMAP_GIT_TOKEN, tokenUser: command.tokenUser });
    io.stdout.write(`${say('clone.ready', { folder, workspace: command.folder })}\n`);
    return 0;
  } catch (error) {
    io.stderr.write(`dealmap: ${serviceErrorText(intl, error)}\n`);
    return 1;
  }
}

export async function runTeamCommand(command: TeamCommand, io: CliIo, cwd: string, language: Language = 'en'): Promise<number> {
  const intl = dealmapIntl(language);
  const say = sayer(intl);
  if (command.kind === 'clone') return runClone(command, io, cwd, intl);
  const workspace = resolve(cwd, command.workspace);
  if (!(await isTeamWorkspace(workspace))) {
    io.stderr.write(`dealmap: ${say('sync.not-team', { workspace: command.workspace })}\n`);
    return 2;
  }
  const services = createDealmapServices({ workspace });
  try {
    if (command.kind === 'history' && command.at !== undefined) {
      const found = await services.dealAsOf({ id: command.dealId, date: command.at });
      io.stdout.write(command.json ? `${JSON.stringify({ ...found, changesSince: found.changesSince.map((change) => renderedMessage(intl, change)) })}\n` : formatAsOf(found, intl, say));
      return 0;
    }
    if (command.kind === 'history') {
      const history = await services.dealHistory({ id: command.dealId });
      io.stdout.write(command.json ? `${JSON.stringify({ ...history, entries: history.entries.map((entry) => ({ ...entry, changes: entry.changes.map((change) => renderedMessage(intl, change)) })) })}\n` : formatHistory(history, intl, say));
      return 0;
    }
    const status = await services.syncTeam({});
    io.stdout.write(command.json ? `${JSON.stringify(status)}\n` : formatStatus(status, intl));
    return status.state === 'attention' ? 1 : status.state === 'offline' ? 3 : 0;
  } catch (error) {
    if (!(error instanceof DealmapApiError)) throw error;
    io.stderr.write(`dealmap: ${serviceErrorText(intl, error)}\n`);
    return 1;
  } finally {
    services.closeTeam();
    await services.flushIndex();
  }
}
