// The browser host's and CLI's default workspace: $DEALMAP_WORKSPACE, else ~/.dealmap/workspace.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultWorkspacePath } from '../../../electron/services/default-workspace';

describe('defaultWorkspacePath', () => {
  it('uses $DEALMAP_WORKSPACE when set, resolved to an absolute path', () => {
    expect(defaultWorkspacePath({ DEALMAP_WORKSPACE: 'some/folder' })).toBe(resolve('some/folder'));
  });

  it('falls back to ~/.dealmap/workspace', () => {
    expect(defaultWorkspacePath({})).toBe(join(homedir(), '.dealmap', 'workspace'));
    expect(defaultWorkspacePath({ DEALMAP_WORKSPACE: '  ' })).toBe(join(homedir(), '.dealmap', 'workspace'));
  });
});
