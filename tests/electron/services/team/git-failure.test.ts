// What git says when a fetch or push fails, sorted into what the user can do: messages as GitHub, GitLab, Azure DevOps and git print them.
import { describe, expect, it } from 'vitest';
import { classifyGitFailure, gitFailureSummary } from '../../../../electron/services/team/git-failure';

describe('classifyGitFailure', () => {
  it.each([
    ["fatal: unable to access 'https://github.com/acme/team.git/': Could not resolve host: github.com", 'offline'],
    ["fatal: unable to access 'https://gitlab.example.com/t.git/': Failed to connect to gitlab.example.com port 443 after 2 ms: Connection refused", 'offline'],
    ["ssh: connect to host github.com port 22: Network is unreachable\nfatal: Could not read from remote repository.", 'offline'],
    [" ! [rejected]        HEAD -> main (fetch first)\nerror: failed to push some refs", 'rejected'],
    [" ! [remote rejected] HEAD -> main (failed to update ref)", 'rejected'],
    ["remote: Permission to acme/team.git denied to sara.\nfatal: unable to access 'https://github.com/acme/team.git/': The requested URL returned error: 403", 'read-only'],
    ['remote: You are not allowed to push code to this project.', 'read-only'],
    ["remote: GitLab: You are not allowed to push code to protected branches on this project.\n ! [remote rejected] main -> main (pre-receive hook declined)", 'read-only'],
    ["remote: TF401027: You need the Git 'GenericContribute' permission to perform this action. 403", 'read-only'],
    ["fatal: Authentication failed for 'https://dev.azure.com/acme/_git/team'", 'no-access'],
    ['git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.', 'no-access'],
    ["fatal: could not read Username for 'https://github.com': terminal prompts disabled", 'no-access'],
  ])('%s → %s', (message, kind) => {
    expect(classifyGitFailure(new Error(message))).toBe(kind);
  });

  it('summarises without hints', () => {
    expect(gitFailureSummary(new Error('error: failed to push some refs\nhint: Updates were rejected\nhint: fetch first'))).toBe('error: failed to push some refs');
  });
});
