// npm audit of what ships: production dependencies, and the Electron runtime, which is a devDependency only because electron-builder wants it there.
import { spawnSync } from 'node:child_process';

const HIGH = new Set(['high', 'critical']);

function audit(cwd, args) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['audit', '--json', ...args], { cwd, encoding: 'utf8', shell: process.platform === 'win32' });
  try {
    return JSON.parse(result.stdout);
  } catch {
    return { message: result.error?.message ?? (result.stderr.trim() || `npm audit exited with ${result.status}`) };
  }
}

/** Null when npm audit answered; else why it could not (registry unreachable, audit endpoint refused). */
function unavailable(report) {
  if (report.metadata?.vulnerabilities !== undefined) return null;
  return report.message ?? report.error?.summary ?? 'npm audit gave no report';
}

function highFindings(report, only) {
  return Object.values(report.vulnerabilities ?? {})
    .filter((vulnerability) => HIGH.has(vulnerability.severity) && (only === undefined || only.includes(vulnerability.name)))
    .map((vulnerability) => `${vulnerability.name} (${vulnerability.severity}): ${vulnerability.range ?? ''}`.trim());
}

/**
 * `npm audit --omit=dev --audit-level=high`, plus the electron package from the full audit.
 * Answers { findings } or { unavailable: reason }.
 */
export function auditShippedPackages(cwd) {
  const production = audit(cwd, ['--omit=dev', '--audit-level=high']);
  const productionProblem = unavailable(production);
  if (productionProblem !== null) return { unavailable: productionProblem };
  const everything = audit(cwd, []);
  const everythingProblem = unavailable(everything);
  if (everythingProblem !== null) return { unavailable: everythingProblem };
  return { findings: [...highFindings(production), ...highFindings(everything, ['electron'])] };
}
