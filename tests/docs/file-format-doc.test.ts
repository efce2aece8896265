// docs/file-format.md's field tables against the zod schemas of the deal file and settings.json.
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { orderDealKeys } from '../../electron/services/deal-file-order';
import { dealSchema } from '../../shared/model/deal-schema';
import { validateDeal } from '../../shared/model/validation';
import { defaultWorkspaceSettings, validateWorkspaceSettings, workspaceSettingsSchema } from '../../shared/settings/workspace-settings';
import { codeSpans, markdownTables, proseLines, readDoc, type MarkdownTable } from './markdown-doc';

const fileFormat = readDoc('docs/file-format.md');

interface SchemaField {
  /** `stakeholders[].championTest.power`: `[]` for a list's items, `{}` for a record's values. */
  readonly path: string;
  readonly key: string;
  /** The paths of the objects above it, nearest first. */
  readonly ancestors: readonly string[];
}

interface ZodDef {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly in?: z.ZodType;
}

function defOf(schema: z.ZodType): ZodDef {
  return (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
}

/** Every object field the schema reads, depth first. */
function schemaFields(schema: z.ZodType, prefix = '', ancestors: readonly string[] = []): SchemaField[] {
  const def = defOf(schema);
  const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  if (inner !== undefined) return schemaFields(inner, prefix, ancestors);
  if (def.type === 'array' && def.element) return schemaFields(def.element, `${prefix}[]`, ancestors);
  if (def.type === 'record' && def.valueType) return schemaFields(def.valueType, `${prefix}{}`, ancestors);
  if (def.type !== 'object' || def.shape === undefined) return [];
  return Object.entries(def.shape).flatMap(([key, value]) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    return [{ path, key, ancestors }, ...schemaFields(value, path, [path, ...ancestors])];
  });
}

/** A documented field path as the schema walk writes it: `layout` rows stand for `layout{}`. */
function documentedPaths(tables: readonly MarkdownTable[]): Map<string, string> {
  const rows = new Map<string, string>();
  for (const table of tables) {
    for (const row of table.rows) {
      for (const path of codeSpans(row[0] ?? '')) rows.set(path.replace(/\[\]$/, ''), row.join(' | '));
    }
  }
  return rows;
}

function stripLists(path: string): string {
  return path.replace(/\[\]|\{\}/g, '');
}

/** The schema fields neither given a row nor named in the row of an object above them. */
function undocumented(fields: readonly SchemaField[], rows: ReadonlyMap<string, string>): string[] {
  const documented = new Map([...rows].map(([path, row]) => [stripLists(path), row]));
  const word = (key: string): RegExp => new RegExp(`(^|[^\\w-])${key}(\\?|[^\\w-]|$)`);
  return fields
    .filter((field) => {
      const path = stripLists(field.path);
      if (documented.has(path) || [...documented.keys()].some((row) => row.startsWith(`${path}.`))) return false;
      return !field.ancestors.some((ancestor) => word(field.key).test(documented.get(stripLists(ancestor)) ?? ''));
    })
    .map((field) => field.path);
}

function tablesHeaded(first: string): MarkdownTable[] {
  return markdownTables(fileFormat).filter((table) => table.header[0] === first);
}

/** A default as the table writes it: `1`, 30, `qualified-prospect`. */
function cellValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The JSON code blocks of the page, parsed. */
function jsonBlocks(): unknown[] {
  return [...fileFormat.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1] ?? '') as unknown);
}

describe('docs/file-format.md: the deal file', () => {
  const fields = schemaFields(dealSchema);
  const rows = documentedPaths(tablesHeaded('field'));

  it('walks the schema down to nested fields', () => {
    expect(fields.map((field) => field.path)).toEqual(
      expect.arrayContaining(['stakeholders[].championTest.power', 'decisionProcess.steps[].done', 'layout{}.x', 'need.confirmedBy']),
    );
  });

  it('documents every field of the schema, in a row of its own or in its object’s row', () => {
    expect(undocumented(fields, rows)).toEqual([]);
  });

  it('documents no field the schema does not have', () => {
    const known = new Set(fields.map((field) => stripLists(field.path)));
    expect([...rows.keys()].map(stripLists).filter((path) => !known.has(path))).toEqual([]);
  });

  it('gives an example that is a valid version 2 deal', () => {
    const [example] = jsonBlocks();
    expect(validateDeal(example)).toMatchObject({ ok: true });
    expect(example).toMatchObject({ schemaVersion: 2 });
  });

  it('gives the key order a saved file has', () => {
    const prose = proseLines(fileFormat).map(({ line }) => line).join(' ');
    const sentence = prose.slice(prose.indexOf('lists its keys in this order:'), prose.indexOf('A file that breaks any rule'));
    const documented = codeSpans(sentence);
    const shuffled = Object.fromEntries([...documented].reverse().map((key) => [key, 0]));
    expect(Object.keys(orderDealKeys(shuffled) as object)).toEqual(documented);
    const topLevel = fields.filter((field) => field.ancestors.length === 0).map((field) => field.key);
    expect(topLevel.filter((key) => !documented.includes(key)).sort()).toEqual(['clashes', 'external', 'placeholders']);
  });
});

describe('docs/file-format.md: settings.json', () => {
  const table = tablesHeaded('setting');
  const fields = schemaFields(workspaceSettingsSchema);

  it('documents every setting, and no other', () => {
    const rows = documentedPaths(table);
    expect(undocumented(fields, rows)).toEqual([]);
    const known = new Set(fields.map((field) => stripLists(field.path)));
    expect([...rows.keys()].filter((path) => !known.has(path))).toEqual([]);
  });

  it('gives each default the schema fills in', () => {
    const defaults = defaultWorkspaceSettings() as Record<string, unknown>;
    const at = (path: string): unknown =>
      path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], defaults);
    for (const [field = '', , defaultCell = ''] of table[0]?.rows ?? []) {
      const path = codeSpans(field)[0] ?? '';
      const written = defaultCell.startsWith('absent') ? undefined : cellValue(codeSpans(defaultCell)[0] ?? defaultCell);
      expect({ path, default: written }).toEqual({ path, default: at(path) });
    }
  });

  it('gives an example the schema accepts', () => {
    const example = jsonBlocks()[1];
    expect(validateWorkspaceSettings(example)).toMatchObject({ ok: true });
  });
});
