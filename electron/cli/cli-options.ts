// Splits one command's arguments into flags, options with values and positional arguments.
import { messageRef, type MessageRef } from '../../shared/i18n';

export type OptionKind = 'flag' | 'value';

export interface ScannedArgs {
  readonly flags: ReadonlySet<string>;
  /** The last value given for each option (`--seed 7` or `--seed=7`). */
  readonly values: ReadonlyMap<string, string>;
  readonly positionals: readonly string[];
  readonly help: boolean;
}

export type ScanResult = { readonly ok: true; readonly args: ScannedArgs } | { readonly ok: false; readonly message: MessageRef };

/** What each option expects, for the message when its value is missing. */
export interface OptionSpec {
  readonly kind: OptionKind;
  readonly needs?: MessageRef;
}

export function scanOptions(args: readonly string[], spec: Readonly<Record<string, OptionSpec>>): ScanResult {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positionals: string[] = [];
  let help = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    const option = spec[name];
    if (option === undefined) return { ok: false, message: messageRef('cli-usage.error.unknown-option', { name }) };
    if (option.kind === 'flag') {
      if (equals !== -1) return { ok: false, message: messageRef('cli-usage.error.no-value', { name }) };
      flags.add(name);
      continue;
    }
    const value = equals === -1 ? args[(index += 1)] : arg.slice(equals + 1);
    if (value === undefined || value === '') return { ok: false, message: messageRef('cli-usage.error.needs', { name, needs: option.needs ?? messageRef('cli-usage.needs.value') }) };
    values.set(name, value);
  }
  return { ok: true, args: { flags, values, positionals, help } };
}
