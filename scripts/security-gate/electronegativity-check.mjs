// Electronegativity over a source folder, offline: findings of medium severity or higher, each matched against the reviewed allow-list.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';

const require = createRequire(import.meta.url);
const MEDIUM = 2;
/** Asks GitHub for Electron's release notes: the gate stays offline; npm audit covers known advisories. */
const NETWORK_CHECKS = ['availablesecurityfixesglobalcheck'];

const allowEntrySchema = z.strictObject({
  check: z.string().min(1),
  file: z.string().min(1),
  /** Text on the reported line, so the entry does not also cover a new finding elsewhere in the file. */
  code: z.string().min(1).optional(),
  reason: z.string().min(20, 'a reviewed reason of at least a sentence'),
});
const allowListSchema = z.array(allowEntrySchema);

/** The allow-list file, or a message naming the file, the entry and the field at fault. */
export function readAllowList(file) {
  let raw;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { problem: `${file}: not readable JSON (${error.message})` };
  }
  const parsed = allowListSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: `${file}: entry ${issue?.path.join('.') || '(root)'}: ${issue?.message}` };
  }
  return { entries: parsed.data };
}

function sourceLine(input, file, line) {
  if (file === 'N/A' || line < 1) return '';
  try {
    return (readFileSync(path.join(input, file), 'utf8').split('\n')[line - 1] ?? '').trim();
  } catch {
    return '';
  }
}

/** Runs Electronegativity on `input` as Electron `electronVersion`; findings at medium or above, plus files it could not parse. */
export async function scanWithElectronegativity(input, electronVersion) {
  const run = require('@doyensec/electronegativity/dist/runner.js');
  // Its only other network use: it tries to fetch translations of its messages, then falls back to its own.
  const log = console.log;
  console.log = () => undefined;
  let result;
  try {
    result = await run(
      {
        input: path.resolve(input),
        electronVersionOverride: electronVersion,
        excludeFromScan: NETWORK_CHECKS,
        customScan: [],
        parserPlugins: [],
        isRelative: true,
      },
      false,
    );
  } finally {
    console.log = log;
  }
  const findings = result.issues
    .filter((issue) => issue.severity.value >= MEDIUM)
    .map((issue) => ({
      check: issue.id,
      severity: issue.severity.name,
      file: issue.file.split(path.sep).join('/'),
      line: issue.location.line,
      code: sourceLine(input, issue.file, issue.location.line),
      description: issue.description,
    }));
  const unparsed = result.errors
    .filter((error) => !error.tolerable)
    .map((error) => `${path.relative(path.resolve(input), error.file).split(path.sep).join('/')}: ${error.message}`);
  return { findings, unparsed };
}

function covers(entry, finding) {
  return entry.check === finding.check && entry.file === finding.file && (entry.code === undefined || finding.code.includes(entry.code));
}

/** Findings no entry covers, and entries that cover no finding (stale: they would hide a future one). */
export function applyAllowList(findings, entries) {
  return {
    unlisted: findings.filter((finding) => !entries.some((entry) => covers(entry, finding))),
    stale: entries.filter((entry) => !findings.some((finding) => covers(entry, finding))),
  };
}
