// Entry of the Electron main process (bundled to dist/electron/main.cjs): starts Dealmap or says why it cannot.
import { app, dialog } from 'electron';
import { startDealmap } from './start-dealmap';

/** Settles once start-up has finished or failed; exported so tests need not guess when. */
export const started: Promise<void> = startDealmap().then(
  () => undefined,
  (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    console.error('Dealmap could not start:', error);
    dialog.showErrorBox('Dealmap could not start', reason);
    app.exit(1);
  },
);
