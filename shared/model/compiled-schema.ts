// zod's ahead-of-time compilation (z.compile) where the platform lets code be generated, else the schema as it is.
import { z } from 'zod';

/**
 * A getter of `schema` compiled by z.compile on first use: a valid value takes generated code,
 * anything else falls back to zod's runtime parser, so results and issues are the same. Under a
 * CSP without eval (the app's page) zod reports eval as not allowed and the schema stays as it is;
 * compiling on first use, not at import, costs a page that never parses with it nothing.
 */
export function compiledWhereAllowed<T extends z.ZodType>(schema: T): () => T {
  let compiled: T | null = null;
  return () => (compiled ??= z.util.allowsEval.value ? z.compile(schema) : schema);
}
