// A test double of the API transport: deals kept in memory, with revision checks like the store's.
import { apiInputSchemas, type ApiFailure, type ApiResult, type DealmapApi, type ChangedDeals, type ListingProgress, type WorkspaceListing } from '../../../shared/api/contract';
import { qualifyDeal } from '../../../shared/engine';
import { summarizeDeal } from '../../../shared/pipeline/deal-summary';
import type { Deal } from '../../../shared/model/deal-schema';
import { dealFingerprint } from '../../../shared/model/deal-fingerprint';
import type { WorkspaceChangeListener } from '../../../shared/api/workspace-events';
import { defaultWorkspaceSettings, settingsFingerprint, type WorkspaceSettings } from '../../../shared/settings/workspace-settings';
import { TEST_AS_OF, buildNewDeal } from '../../support/deal-builder';
import { InMemoryExports } from './in-memory-exports';
import { InMemoryImports } from './in-memory-imports';
import { InMemoryReviews } from './in-memory-reviews';

/** What the host answers for a save over settings another writer changed. */
const SETTINGS_CONFLICT =
  'settings.json changed on disk since you opened the settings (another window, a teammate or a hand edit saved it). Reload the settings and save again; your change was not saved.';

function ok<T>(value: T): ApiResult<T> {
  return { ok: true, value };
}

function fail<T>(code: ApiFailure['code'], message: string): ApiResult<T> {
  return { ok: false, error: { code, message } };
}

export class InMemoryDealmapApi implements DealmapApi {
  readonly deals = new Map<string, Deal>();
  readonly saved: Deal[] = [];
  private held: (() => void)[] | null = null;
  private arrivals: (() => void)[] = [];

  constructor(deals: readonly Deal[] = [], readonly problems: WorkspaceListing['problems'] = []) {
    for (const deal of deals) this.deals.set(deal.id, deal);
  }

  /** Saves wait until release() or open(), so a test can see the "Saving…" state. */
  hold(): void {
    this.held ??= [];
  }

  /** Resolves once a save is waiting at the gate: it is then truly in flight. */
  saveArrived(): Promise<void> {
    if (this.held && this.held.length > 0) return Promise.resolve();
    return new Promise((resolve) => this.arrivals.push(resolve));
  }

  /** Lets the saves waiting now go on; later saves still wait. */
  release(): void {
    const waiting = this.held?.splice(0) ?? [];
    for (const resume of waiting) resume();
  }

  /** Lets every save through from now on. */
  open(): void {
    this.release();
    this.held = null;
  }

  private readonly changeListeners = new Set<WorkspaceChangeListener>();

  onWorkspaceChanged = (listener: WorkspaceChangeListener): (() => void) => {
    this.changeListeners.add(listener);
    return () => void this.changeListeners.delete(listener);
  };

  /** What the host's watcher pushes after files changed on disk. */
  pushChange(files: readonly string[]): void {
    for (const listener of this.changeListeners) listener({ files });
  }

  /** Someone else saved the deal: the next save from the app is a conflict. */
  touchOnDisk(id: string, change: Partial<Deal>): void {
    const deal = this.deals.get(id);
    if (deal) this.deals.set(id, { ...deal, ...change, revision: deal.revision + 1 });
  }

  /** Someone edited the file by hand and left its revision alone. */
  editOnDisk(id: string, change: Partial<Deal>): void {
    const deal = this.deals.get(id);
    if (deal) this.deals.set(id, { ...deal, ...change });
  }

  /** Asked for by each listing: the review dates the app listed the workspace for. */
  readonly listedAsOf: string[] = [];

  /** Summaries, as the real host lists them: qualified with the settings above, sorted by name then id. */
  listDeals = async ({ asOf = TEST_AS_OF }: { asOf?: string } = {}): Promise<ApiResult<WorkspaceListing>> => {
    this.listedAsOf.push(asOf);
    const deals = [...this.deals.values()]
      .map((deal) => summarizeDeal(deal, qualifyDeal(deal, { asOf, settings: this.settings })))
      .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return ok({ workspace: '/tmp/in-memory', asOf, deals, problems: this.problems });
  };

  listingProgress = async (): Promise<ApiResult<ListingProgress>> => ok(null);

  /** Asked for after pushes: the files the app re-read alone. */
  readonly changedAsked: string[][] = [];

  listChangedDeals = async ({ files, asOf = TEST_AS_OF }: { files: string[]; asOf?: string }): Promise<ApiResult<ChangedDeals>> => {
    this.changedAsked.push(files);
    const ids = files.map((file) => file.slice('deals/'.length, -'.json'.length));
    const present = ids.flatMap((id) => this.deals.get(id) ?? []);
    return ok({
      deals: present.map((deal) => summarizeDeal(deal, qualifyDeal(deal, { asOf, settings: this.settings }))),
      problems: [],
      gone: ids.filter((id) => !this.deals.has(id)).map((id) => `deals/${id}.json`),
    });
  };

  getDeal = async ({ id }: { id: string }): Promise<ApiResult<Deal>> => {
    const deal = this.deals.get(id);
    return deal ? ok(deal) : fail('not-found', `no deal ${id}`);
  };

  createDeal = async ({ name, account }: { name: string; account: string }): Promise<ApiResult<Deal>> => {
    const id = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    if (this.deals.has(id)) return fail('already-exists', `a deal ${id} exists`);
    const deal = buildNewDeal({ id, name, account });
    this.deals.set(id, deal);
    return ok(deal);
  };

  saveDeal = async (input: { deal: Deal; base?: string }): Promise<ApiResult<Deal>> => {
    // The payload as the real hosts see it: validated, and normalized (names trimmed) by the schema.
    const parsed = apiInputSchemas.saveDeal.safeParse(input);
    if (!parsed.success) return fail('invalid-payload', parsed.error.message);
    const { deal, base } = parsed.data;
    if (this.held) {
      const waiting = new Promise<void>((resume) => this.held?.push(resume));
      for (const arrived of this.arrivals.splice(0)) arrived();
      await waiting;
    }
    const current = this.deals.get(deal.id);
    if (!current) return fail('not-found', `no deal ${deal.id}`);
    if (current.revision !== deal.revision) {
      return fail('conflict', `deals/${deal.id}.json changed on disk since it was opened`);
    }
    if (base !== undefined && dealFingerprint(current) !== base) {
      return fail('conflict', `deals/${deal.id}.json changed on disk since it was opened (edited by hand)`);
    }
    const saved = { ...deal, revision: deal.revision + 1, updatedAt: '2026-11-21T10:00:00.000Z' };
    this.deals.set(deal.id, saved);
    this.saved.push(saved);
    return ok(saved);
  };

  deleteDeal = async ({ id, revision }: { id: string; revision: number }): Promise<ApiResult<{ id: string }>> => {
    const current = this.deals.get(id);
    if (!current) return fail('not-found', `no deal ${id}`);
    if (current.revision !== revision) return fail('conflict', 'changed on disk');
    this.deals.delete(id);
    return ok({ id });
  };

  /** The workspace settings as the real store keeps them: defaults until saved, validated on save. */
  settings: WorkspaceSettings = defaultWorkspaceSettings();

  getSettings = async (): Promise<ApiResult<WorkspaceSettings>> => ok(this.settings);

  saveSettings = async (input: { settings: WorkspaceSettings; base: string }): Promise<ApiResult<WorkspaceSettings>> => {
    const parsed = apiInputSchemas.saveSettings.safeParse(input);
    if (!parsed.success) return fail('invalid-payload', parsed.error.message);
    if (settingsFingerprint(this.settings) !== parsed.data.base) {
      return fail('conflict', SETTINGS_CONFLICT);
    }
    this.settings = parsed.data.settings;
    return ok(this.settings);
  };

  /** Reviews kept in memory over the deals above, with the real store's rules. */
  readonly reviewStore = new InMemoryReviews(() => [...this.deals.values()]);

  listReviews = this.reviewStore.listReviews;

  startReview = this.reviewStore.startReview;

  getReview = this.reviewStore.getReview;

  reviewChanges = this.reviewStore.reviewChanges;

  saveCoaching = this.reviewStore.saveCoaching;

  /** Exports recorded in memory, never written. */
  readonly exportStore = new InMemoryExports();

  exportFiles = this.exportStore.exportFiles;

  exportReviewPdf = this.exportStore.exportReviewPdf;

  private readonly importStore = new InMemoryImports();

  previewImport = this.importStore.previewImport;

  applyImport = this.importStore.applyImport;

  undoImport = this.importStore.undoImport;

  lastImport = this.importStore.lastImport;

  csvColumns = this.importStore.csvColumns;

  listImportMappings = this.importStore.listImportMappings;

  saveImportMapping = this.importStore.saveImportMapping;

  exportCsv = this.importStore.exportCsv;

  /** A plain folder: no team, no history. */
  teamStatus = () => Promise.resolve(ok({ state: 'local' as const, toSend: 0, clashFiles: [], problems: [], problemMessages: [], remote: '', lastSync: null }));

  syncTeam = this.teamStatus;

  shareWorkspace = () => Promise.resolve(fail<never>('forbidden', 'The in-memory workspace cannot be shared.'));

  dealHistory = ({ id }: { id: string }) => Promise.resolve(ok({ id, entries: [] }));

  dealAsOf = ({ id, date }: { id: string; date: string }) => Promise.resolve(ok({ id, date, deal: null, commit: null, by: null, at: null, changesSince: [] }));
}
