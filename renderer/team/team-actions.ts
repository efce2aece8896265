// The store's team actions: the sync status, a sync now, a deal's history; the clash view and the status bar call them.
import type { DealmapClient } from '../api/dealmap-client';

type TeamFunction = 'teamStatus' | 'syncTeam' | 'dealHistory' | 'dealAsOf' | 'shareWorkspace';

export type TeamActions = Pick<DealmapClient, TeamFunction>;

export function createTeamActions(client: Pick<DealmapClient, TeamFunction>): TeamActions {
  return {
    teamStatus: (input) => client.teamStatus(input),
    syncTeam: (input) => client.syncTeam(input),
    dealHistory: (input) => client.dealHistory(input),
    dealAsOf: (input) => client.dealAsOf(input),
    shareWorkspace: (input) => client.shareWorkspace(input),
  };
}
