// Sorts what git said when a fetch or push failed into what the user can do about it.

export type GitFailure =
  /** The remote could not be reached: work goes on locally and is sent later. */
  | 'offline'
  /** The remote moved since the last fetch: fetch, merge, try again. */
  | 'rejected'
  /** The remote answered but refused this user: sign in again or ask for access. */
  | 'no-access'
  /** The user may read but not write (no push rights, protected branch). */
  | 'read-only'
  | 'other';

const REJECTED = /\[rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref|stale info/i;
const READ_ONLY = /permission to .* denied|write access to repository not granted|you are not allowed to push|pre-receive hook declined|protected branch|\b403\b|insufficient permission|read-only|denied to push/i;
const NO_ACCESS = /authentication failed|could not read username|invalid username or password|permission denied \(publickey|\b401\b|repository not found|access denied|terminal prompts disabled/i;
const OFFLINE = /could not resolve host|failed to connect|connection (timed out|refused|reset)|network is unreachable|unable to access|could not read from remote repository|does not appear to be a git repository|no route to host|operation timed out|early eof|the remote end hung up/i;

export function gitFailureText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The kind of a failed fetch or push, from git's message. Order matters: a refusal also "could not read from remote". */
export function classifyGitFailure(error: unknown): GitFailure {
  const text = gitFailureText(error);
  if (REJECTED.test(text)) return 'rejected';
  if (READ_ONLY.test(text)) return 'read-only';
  if (NO_ACCESS.test(text)) return 'no-access';
  if (OFFLINE.test(text)) return 'offline';
  return 'other';
}

/** The first lines of git's message that say something, without hints; a token is never in it (it travels in a header). */
export function gitFailureSummary(error: unknown): string {
  const lines = gitFailureText(error)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('hint:'));
  return lines.slice(0, 2).join(' ');
}
