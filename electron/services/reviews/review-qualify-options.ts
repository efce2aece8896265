// The engine's options for a review: the review date and the workspace's settings (defaults without a settings file).
import type { QualifyOptions } from '../../../shared/engine/types';
import { readWorkspaceSettings } from '../settings-store';

/** Throws `unreadable-file` when settings.json is damaged: a review qualified on guessed settings would mislead. */
export async function reviewQualifyOptions(workspace: string, asOf: string): Promise<QualifyOptions> {
  const { staleContactDays, singleThreadMinEngaged } = await readWorkspaceSettings(workspace);
  return { asOf, settings: { staleContactDays, singleThreadMinEngaged } };
}
