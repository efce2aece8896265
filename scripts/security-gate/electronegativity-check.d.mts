// Types of electronegativity-check.mjs for the tests that use it.
export interface GateFinding {
  readonly check: string;
  readonly severity: string;
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly description: string;
}
export interface AllowEntry {
  readonly check: string;
  readonly file: string;
  readonly code?: string;
  readonly reason: string;
}
export function readAllowList(file: string): { problem?: string; entries?: AllowEntry[] };
export function scanWithElectronegativity(input: string, electronVersion: string): Promise<{ findings: GateFinding[]; unparsed: string[] }>;
export function applyAllowList(findings: readonly GateFinding[], entries: readonly AllowEntry[]): { unlisted: GateFinding[]; stale: AllowEntry[] };
