// Seeded randomness for generated workspaces: the same seed always draws the same numbers.

/** A source of numbers in [0, 1), like Math.random but reproducible. */
export type Random = () => number;

/** mulberry32: a tiny deterministic generator, enough to spread vocabulary values. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * The stream for one item of a seeded run: item n draws the same numbers whatever the run's size,
 * so 100 generated deals are the first 100 of 5,000 with the same seed.
 */
export function itemRandom(seed: number, index: number): Random {
  let mixed = (seed >>> 0) ^ Math.imul(index + 1, 0x9e3779b1);
  mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b);
  mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
  return seededRandom(mixed ^ (mixed >>> 16));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** An integer from `min` to `max`, both included. */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

interface WeightTable<K extends string> {
  readonly keys: readonly K[];
  /** Running totals of the weights, in key order. */
  readonly cumulative: readonly number[];
}

const weightTables = new WeakMap<object, WeightTable<string>>();

function weightTable<K extends string>(weights: Readonly<Record<K, number>>): WeightTable<K> {
  const cached = weightTables.get(weights) as WeightTable<K> | undefined;
  if (cached !== undefined) return cached;
  const keys = Object.keys(weights) as K[];
  let total = 0;
  const cumulative = keys.map((key) => (total += weights[key]));
  const table = { keys, cumulative };
  weightTables.set(weights, table);
  return table;
}

/** One key drawn with the given relative weights (pass the same object each time: its table is cached). */
export function weighted<K extends string>(random: Random, weights: Readonly<Record<K, number>>): K {
  const { keys, cumulative } = weightTable(weights);
  const roll = random() * (cumulative[cumulative.length - 1] ?? 0);
  for (let index = 0; index < keys.length; index += 1) {
    if (roll < (cumulative[index] ?? 0)) return keys[index] as K;
  }
  return keys[keys.length - 1] as K;
}

/** A standard normal draw (Box-Muller), for log-normal amounts. */
export function normal(random: Random): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** `count` distinct items in random order (fewer when the list is shorter). */
export function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) {
    out.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T);
  }
  return out;
}
