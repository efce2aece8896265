// The services behind the API for one workspace folder; IPC, HTTP and the CLI all call these.
import { messageRef } from '../../shared/i18n/message-ref';
import { resolve } from 'node:path';
import type { DealmapServices } from '../../shared/api/contract';
import type { Deal } from '../../shared/model/deal-schema';
import { newDeal } from '../../shared/model/new-deal';
import { isAlreadyExistsError } from './durable-file';
import { candidateDealId, slugifyDealName } from './deal-id';
import { withDealLock } from './deal-lock';
import {
  pruneLayout,
  readDealForChange,
  readExistingDeal,
  removeDealFile,
  writeDeal,
  writeNewDeal,
} from './deal-store';
import { DealmapApiError } from './dealmap-api-error';
import { localDate } from '../../shared/model/local-date';
import { DEFAULT_WORKSPACE_SETTINGS } from '../../shared/settings/workspace-settings';
import { openWorkspaceIndex } from './index/workspace-index';
import { createExportServices, type PdfPrinter } from './export/export-services';
import { createImportServices } from './import/import-api-services';
import { createReviewServices } from './reviews/review-services';
import { sweepTempFilesOnce } from './sweep-temp-files';
import { readWorkspaceSettings, writeWorkspaceSettings } from './settings-store';
import { DEALS_FOLDER, dealFileLabel, dealFilePath } from './workspace-paths';
import { watchWorkspace, type WorkspaceWatch } from './watch-workspace';
import type { WorkspaceChange } from '../../shared/api/workspace-events';
import { createTeamSync } from './team/team-sync';
import { dealAsOf } from './team/deal-as-of';

export interface DealmapServicesOptions {
  /** The workspace folder; created on the first write if it does not exist. */
  readonly workspace: string;
  /** The clock for `updatedAt`; tests pass a fixed one. */
  readonly now?: () => Date;
  /** Prints the review pack to PDF; only the desktop shell has one, elsewhere exportReviewPdf says so. */
  readonly printPdf?: PdfPrinter;
  /** Where the workspace index goes; the user's cache folder (dealmapCacheFolder) by default. */
  readonly cacheFolder?: string;
  /**
   * LISTING_WORKER's URL, from a caller running the TypeScript sources (CLI, host): a listing that
   * qualifies thousands of files then uses every core. Without it (the bundled app) it uses one.
   */
  readonly listingWorker?: URL;
  /** A team workspace (a git clone) syncs in the background: the app and the host say so, the CLI does not. */
  readonly teamBackground?: boolean;
}

/** Enough tries to get past any realistic run of same-named deals. */
const MAX_ID_ATTEMPTS = 1000;

/** The services, plus what only Node callers use: waiting for the index writes under way. */
export type DealmapNodeServices = DealmapServices & {
  readonly flushIndex: () => Promise<void>;
  /** Stops the team workspace's background sync timers. */
  readonly closeTeam: () => void;
  /** Watches the workspace: the index learns which files changed, then `listener` hears of it (push it to the page). */
  readonly watch: (listener: (change: WorkspaceChange) => void) => Promise<WorkspaceWatch>;
};

export function createDealmapServices(options: DealmapServicesOptions): DealmapNodeServices {
  const workspace = resolve(options.workspace);
  const now = options.now ?? (() => new Date());
  const team = createTeamSync(workspace, { background: options.teamBackground });
  // Every deal write goes through here; in a team workspace it is then committed in the background.
  const locked = <T>(id: string, task: () => Promise<T>) =>
    withDealLock(dealFilePath(workspace, id), task).then((result) => {
      void team.noteWrite(dealFileLabel(id)).catch(() => undefined);
      return result;
    });
  const index = openWorkspaceIndex(workspace, options.cacheFolder, options.listingWorker);
  // Startup: temp files of saves that crashed are removed before the first listing.
  const swept = sweepTempFilesOnce(workspace);

  return {
    listDeals: async ({ asOf }) => {
      await swept;
      const settings = await readWorkspaceSettings(workspace).catch(() => DEFAULT_WORKSPACE_SETTINGS);
      return index.list(asOf ?? localDate(now()), settings);
    },

    listingProgress: () => Promise.resolve(index.progress()),

    listChangedDeals: async ({ files, asOf }) => {
      const settings = await readWorkspaceSettings(workspace).catch(() => DEFAULT_WORKSPACE_SETTINGS);
      const names = files.map((file) => file.slice(DEALS_FOLDER.length + 1));
      const found = await index.files(names, asOf ?? localDate(now()), settings);
      return { ...found, gone: found.gone.map((name) => `${DEALS_FOLDER}/${name}`) };
    },

    flushIndex: () => index.flushed(),

    watch: async (listener) => {
      const watching = await watchWorkspace(workspace, (change) => {
        const deals = change.files.filter((file) => file.startsWith(`${DEALS_FOLDER}/`)).map((file) => file.slice(DEALS_FOLDER.length + 1));
        index.noteChanges(change.files.includes(DEALS_FOLDER) ? null : deals);
        listener(change);
      });
      // From now on the watcher reports changes: the index trusts the files it was not told about.
      index.noteChanges([]);
      // What the first listing's background check finds changed reaches the page like a watched change.
      index.onOutdated((names) => listener({ files: names.map((name) => `${DEALS_FOLDER}/${name}`) }));
      return watching;
    },

    getDeal: ({ id }) => readExistingDeal(workspace, id),

    createDeal: async ({ name, account }) => {
      const slug = slugifyDealName(name);
      for (let attempt = 1; attempt <= MAX_ID_ATTEMPTS; attempt += 1) {
        const deal = newDeal({
          id: candidateDealId(slug, attempt),
          name: name.trim(),
          account: account.trim(),
          updatedAt: now().toISOString(),
        });
        try {
          await locked(deal.id, () => writeNewDeal(workspace, deal));
          return deal;
        } catch (error) {
          if (!isAlreadyExistsError(error)) throw error;
        }
      }
      throw new DealmapApiError('already-exists', messageRef('host.deal.ids-taken', { name, max: MAX_ID_ATTEMPTS }));
    },

    saveDeal: ({ deal, base }) =>
      locked(deal.id, async () => {
        const onDisk = await readDealForChange(workspace, deal.id, deal.name, deal.revision, 'saved', base);
        const written: Deal = pruneLayout({
          ...deal,
          revision: onDisk.revision + 1,
          updatedAt: now().toISOString(),
        });
        await writeDeal(workspace, written);
        return written;
      }),

    deleteDeal: ({ id, revision }) =>
      locked(id, async () => {
        await readDealForChange(workspace, id, id, revision, 'deleted');
        await removeDealFile(workspace, id);
        return { id };
      }),

    getSettings: () => readWorkspaceSettings(workspace),

    saveSettings: ({ settings, base }) => writeWorkspaceSettings(workspace, settings, base),

    ...createReviewServices(workspace, now),

    ...createExportServices(workspace, options.printPdf),

    ...createImportServices(workspace, now),

    teamStatus: () => team.status(),
    syncTeam: () => team.sync(),
    dealHistory: ({ id, limit }) => team.history(id, limit),
    shareWorkspace: (request) => team.share(request),
    dealAsOf: async ({ id, date }) => dealAsOf(team, id, date, await readExistingDeal(workspace, id).catch(() => null)),
    closeTeam: () => team.close(),
  };
}
