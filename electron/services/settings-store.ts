// Reads and writes `<workspace>/settings.json`: defaults when missing, named problems, atomic writes.
import { messageRef } from '../../shared/i18n/message-ref';
import { settingsIssueRef } from '../../shared/settings/settings-issue-ref';
import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  settingsFingerprint,
  validateWorkspaceSettings,
  WORKSPACE_SETTINGS_FILE,
  workspaceSettingsSchema,
  type WorkspaceSettings,
} from '../../shared/settings/workspace-settings';
import type { FieldIssue } from '../../shared/model/validation';
import { DealFileAdapter } from './deal-file-adapter';
import { withDealLock } from './deal-lock';
import { DealmapApiError } from './dealmap-api-error';
import { unreadableIssue } from './file-problem';

export function settingsFilePath(workspace: string): string {
  return join(workspace, WORKSPACE_SETTINGS_FILE);
}

function serializeSettings(settings: unknown): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

function unreadable(issue: FieldIssue): DealmapApiError {
  const file = WORKSPACE_SETTINGS_FILE;
  return new DealmapApiError(
    'unreadable-file',
    issue.path === '(document)'
      ? messageRef('host.settings.unreadable-file', { file, reason: issue.reason ?? issue.message })
      : messageRef('host.settings.unreadable', { file, path: issue.path, reason: settingsIssueRef(issue, 'clause') }),
  );
}

/** The workspace's settings; the defaults when there is no settings file. Throws `unreadable-file`. */
export async function readWorkspaceSettings(workspace: string): Promise<WorkspaceSettings> {
  const file = settingsFilePath(workspace);
  let raw: unknown;
  try {
    raw = await new DealFileAdapter(file, serializeSettings).read();
  } catch (error) {
    throw unreadable(unreadableIssue(error));
  }
  if (raw === null) {
    // The adapter reads a missing file and a file holding `null` alike; only the first means defaults.
    const exists = await access(file).then(() => true, () => false);
    if (exists) throw unreadable({ path: '(document)', message: 'expected a settings object, got null' });
  }
  const validation = validateWorkspaceSettings(raw ?? {});
  if (!validation.ok) throw unreadable(validation.issues[0] ?? { path: '(document)', message: 'unreadable' });
  return validation.settings;
}

/**
 * Writes the settings atomically and answers them as written (defaults filled in). An existing file
 * that cannot be read is never overwritten: the write fails with `unreadable-file` instead. Nor is a
 * file another writer changed since the edit started: `base` is settingsFingerprint of the settings
 * the edit started from, and a file that no longer matches it fails the write with `conflict`.
 */
export function writeWorkspaceSettings(workspace: string, settings: WorkspaceSettings, base: string): Promise<WorkspaceSettings> {
  const file = settingsFilePath(workspace);
  return withDealLock(file, async () => {
    const onDisk = await readWorkspaceSettings(workspace);
    if (settingsFingerprint(onDisk) !== base) {
      throw new DealmapApiError('conflict', messageRef('host.settings.conflict', { file: WORKSPACE_SETTINGS_FILE }));
    }
    const written = workspaceSettingsSchema.parse(settings);
    await mkdir(workspace, { recursive: true });
    await new DealFileAdapter(file, serializeSettings).write(written);
    return written;
  });
}
