// CI's security gate: Electronegativity over electron/ against a reviewed allow-list, and npm audit of what ships; exits 1 on any problem.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { electronPackageDir } from './electron-runtime.mjs';
import { applyAllowList, readAllowList, scanWithElectronegativity } from './security-gate/electronegativity-check.mjs';
import { auditShippedPackages } from './security-gate/npm-audit-check.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    input: { type: 'string', default: path.join(root, 'electron') },
    'allow-list': { type: 'string', default: path.join(root, '.ci', 'electronegativity-allow.json') },
    // fail (default): an audit that could not run fails the gate. warn: says so loudly and goes on.
    'audit-unavailable': { type: 'string', default: 'fail' },
    'skip-audit': { type: 'boolean', default: false },
  },
});

/** The Electron version the app ships, passed explicitly so Electronegativity looks nothing up. */
function shippedElectronVersion() {
  const dir = electronPackageDir();
  if (dir === null) throw new Error('the electron package is not installed: run npm ci first');
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
}

if (!['fail', 'warn'].includes(values['audit-unavailable'])) {
  console.error(`security-gate: --audit-unavailable takes fail or warn, not ${values['audit-unavailable']}`);
  process.exit(2);
}

const problems = [];
const electronVersion = shippedElectronVersion();
const allowList = readAllowList(values['allow-list']);
if (allowList.problem) problems.push(`allow-list: ${allowList.problem}`);

const { findings, unparsed } = await scanWithElectronegativity(values.input, electronVersion);
for (const failure of unparsed) problems.push(`Electronegativity could not parse ${failure} (a file it cannot read is a file it did not check)`);
const { unlisted, stale } = applyAllowList(findings, allowList.entries ?? []);
for (const finding of unlisted) {
  problems.push(
    `Electronegativity ${finding.check} (${finding.severity}) at ${finding.file}:${finding.line}` +
      `${finding.code ? `  ${finding.code}` : ''}\n    ${finding.description}\n` +
      `    Fix it, or add it with its reason to ${path.relative(root, values['allow-list'])}.`,
  );
}
for (const entry of stale) problems.push(`allow-list entry ${entry.check} in ${entry.file} matches no finding any more: remove it`);
console.log(
  `security-gate: Electronegativity (Electron ${electronVersion}) on ${path.relative(root, values.input) || values.input}: ` +
    `${findings.length} finding(s) of medium or higher, ${findings.length - unlisted.length} on the reviewed allow-list.`,
);

if (values['skip-audit']) {
  console.log('security-gate: npm audit SKIPPED (--skip-audit).');
} else {
  const audit = auditShippedPackages(root);
  if (audit.unavailable !== undefined) {
    const message = `npm audit could not run: ${audit.unavailable}. The shipped packages are NOT audited.`;
    if (values['audit-unavailable'] === 'warn') console.warn(`security-gate: WARNING: ${message}`);
    else problems.push(`${message} Rerun where the registry's audit endpoint answers.`);
  } else {
    for (const finding of audit.findings) problems.push(`npm audit: ${finding}`);
    console.log(`security-gate: npm audit of production dependencies and the Electron runtime: ${audit.findings.length} high or critical.`);
  }
}

if (problems.length > 0) {
  console.error(`security-gate: FAILED\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log('security-gate: passed.');
