// Reads the JSON shapes docs/cli.md writes as `{"deals":[{"id","name",…}],"errors":[…]}` into field paths.

export interface ShapeField {
  /** `deals[].gaps[].code`: `[]` steps into a list's items. */
  readonly path: string;
  /** Written with `?`: present only on some items. */
  readonly optional: boolean;
}

/** Every field the shape names, parents before their children. */
export function shapeFields(shape: string): ShapeField[] {
  const fields: ShapeField[] = [];
  let at = 0;
  const expect = (char: string): void => {
    if (shape[at] !== char) throw new Error(`expected ${char} at ${at} in ${shape}`);
    at += 1;
  };
  const value = (path: string): void => {
    if (shape[at] === '{') object(path);
    else if (shape[at] === '[') {
      at += 1;
      if (shape[at] === '…') at += 1;
      else value(`${path}[]`);
      expect(']');
    } else throw new Error(`expected a value at ${at} in ${shape}`);
    if (shape.startsWith('|null', at)) at += '|null'.length;
  };
  const object = (path: string): void => {
    expect('{');
    while (shape[at] !== '}') {
      expect('"');
      const end = shape.indexOf('"', at);
      const key = shape.slice(at, end);
      at = end + 1;
      const optional = shape[at] === '?';
      if (optional) at += 1;
      const child = path === '' ? key : `${path}.${key}`;
      fields.push({ path: child, optional });
      if (shape[at] === ':') {
        at += 1;
        value(child);
      }
      if (shape[at] === ',') at += 1;
    }
    expect('}');
  };
  object('');
  return fields;
}

/** The values at a path in a JSON document; `[]` gathers from every item of a list. */
export function valuesAt(document: unknown, path: string): unknown[] {
  let values: unknown[] = [document];
  for (const step of path.split('.')) {
    const list = step.endsWith('[]');
    const key = list ? step.slice(0, -2) : step;
    values = values.flatMap((value) =>
      typeof value === 'object' && value !== null && key in value ? [(value as Record<string, unknown>)[key]] : [],
    );
    if (list) values = values.flatMap((value) => (Array.isArray(value) ? (value as unknown[]) : []));
  }
  return values;
}
