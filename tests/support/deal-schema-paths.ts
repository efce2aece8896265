// Every field path the deal schema knows, list items and record entries as `*`: what the field-label test walks.
import type { z } from 'zod';
import { dealSchema } from '../../shared/model/deal-schema';

interface SchemaDef {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly in?: z.ZodType;
}

const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

function walk(schema: z.ZodType, path: readonly string[], into: string[]): void {
  const def = defOf(schema);
  if (def.innerType !== undefined) return walk(def.innerType, path, into);
  if (def.type === 'pipe' && def.in !== undefined) return walk(def.in, path, into);
  if (path.length > 0) into.push(path.join('.'));
  if (def.type === 'object' && def.shape !== undefined) for (const [key, field] of Object.entries(def.shape)) walk(field, [...path, key], into);
  if (def.type === 'array' && def.element !== undefined) walkItems(def.element, [...path, '*'], into);
  if (def.type === 'record' && def.valueType !== undefined) walkItems(def.valueType, [...path, '*'], into);
}

/** An item's own fields; the item itself is named by its list's noun, not a field label. */
function walkItems(schema: z.ZodType, path: readonly string[], into: string[]): void {
  const def = defOf(schema);
  if (def.innerType !== undefined) return walkItems(def.innerType, path, into);
  if (def.type === 'object' && def.shape !== undefined) for (const [key, field] of Object.entries(def.shape)) walk(field, [...path, key], into);
}

/** `amount`, `need.summary`, `stakeholders.*.stance`, `layout.*.x`... in schema order. */
export function dealSchemaPaths(): string[] {
  const into: string[] = [];
  walk(dealSchema, [], into);
  return into;
}
