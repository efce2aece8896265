// A small pool of worker threads running one TypeScript worker module: each call answered in turn, errors passed back.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';
import type { BuildOptions } from 'esbuild';

type Answer<Out> = { readonly value: Out } | { readonly error: string };

export interface ThreadPool<In, Out> {
  /** `input` handled on the next thread in turn; answers come back in the order each thread was asked. */
  run(input: In): Promise<Out>;
  stop(): Promise<void>;
  /** How many threads it runs. */
  readonly size: number;
}

/** The bundles made in this process, by module path: a host may start listing threads many times. */
const bundles = new Map<string, string | null>();
/** Every file each bundle was made of (absolute paths, esbuild's own package included), and when bundling started. No `import.meta` here: threads run this module bundled. */
const bundleInputs = new Map<string, { readonly files: readonly string[]; readonly startedAt: number }>();

/**
 * Modules a thread loads only when it first reads one of the named exports. The map's layout engine
 * (ELK, 2.6 MB) took 0.7 s to load on each report thread, whose ranking lays out no map.
 */
const LOADED_ON_USE: Readonly<Record<string, readonly string[]>> = { 'elkjs/lib/elk-worker.min.js': ['Worker'] };

/** The bundle's `require("<module>")` of each LOADED_ON_USE module, made an object whose getters require it from its file. */
function loadOnUse(bundle: string, from: URL): string {
  return bundle.replace(/require\("([^"]+)"\)/g, (call, name: string) => {
    const names = LOADED_ON_USE[name];
    if (names === undefined) return call;
    const file = JSON.stringify(createRequire(from).resolve(name));
    return `{ ${names.map((exported) => `get ${exported}() { return require(${file}).${exported}; }`).join(', ')} }`;
  });
}

/**
 * A TypeScript worker module and everything it imports as one CommonJS script, made in memory with
 * esbuild (a development dependency, there wherever the sources run): a thread then starts in a
 * fraction of the time tsx takes to compile each module on each thread. Null where esbuild is
 * missing or the module cannot be bundled as it is (an `import.meta` would be empty in it).
 */
function bundleOf(moduleUrl: URL): string | null {
  const path = fileURLToPath(moduleUrl);
  if (bundles.has(path)) return bundles.get(path) ?? null;
  let bundle: string | null = null;
  const startedAt = Date.now();
  try {
    bundle = madeBundle(moduleUrl, esbuildFor(moduleUrl).buildSync(bundleOptions(path)), startedAt);
  } catch {
    bundle = null;
  }
  bundles.set(path, bundle);
  return bundle;
}

/** Found from the module at run time (never bundled into the desktop app, which starts .cjs workers). */
function esbuildFor(moduleUrl: URL): typeof import('esbuild') {
  return createRequire(moduleUrl)('esbuild') as typeof import('esbuild');
}

function bundleOptions(path: string): BuildOptions & { readonly write: false; readonly metafile: true } {
  return {
    entryPoints: [path],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    logOverride: { 'empty-import-meta': 'error' },
    external: Object.keys(LOADED_ON_USE),
    metafile: true,
  };
}

/** The bundle's text, its inputs remembered for moduleInputs; null when esbuild wrote nothing. */
function madeBundle(moduleUrl: URL, built: { readonly outputFiles?: readonly { readonly text: string }[]; readonly metafile?: { readonly inputs: object } }, startedAt: number): string | null {
  const text = built.outputFiles?.[0]?.text;
  const files = [...Object.keys(built.metafile?.inputs ?? {}).map((input) => resolvePath(input)), createRequire(moduleUrl).resolve('esbuild/package.json')];
  bundleInputs.set(fileURLToPath(moduleUrl), { files, startedAt });
  return text === undefined ? null : loadOnUse(text, moduleUrl);
}

/**
 * Bundles a TypeScript thread module in the background (in esbuild's own process), so that the
 * first threads of it start at once instead of after half a second of bundling on this thread. A
 * module already bundled, or asked for before this finishes, is bundled as before. Resolves once
 * done, bundled or not.
 */
export function prepareThreadModule(moduleUrl: URL): Promise<void> {
  const path = fileURLToPath(moduleUrl);
  if (!moduleUrl.pathname.endsWith('.ts') || bundles.has(path) || !existsSync(path)) return Promise.resolve();
  const startedAt = Date.now();
  let esbuild: typeof import('esbuild');
  try {
    esbuild = esbuildFor(moduleUrl);
  } catch {
    return Promise.resolve();
  }
  return esbuild
    .build(bundleOptions(path))
    .then((built) => {
      if (!bundles.has(path)) bundles.set(path, madeBundle(moduleUrl, built, startedAt));
    })
    // Not bundled here: the first threads bundle it themselves.
    .catch(() => undefined);
}

/**
 * SHA-1 of the code a thread of `moduleUrl` runs (a `.cjs` bundle's file, or its in-memory bundle, made once and reused by the
 * threads): what a cache of the module's answers is keyed on. Null where it cannot be bundled.
 */
export function moduleFingerprint(moduleUrl: URL): string | null {
  if (moduleUrl.pathname.endsWith('.cjs')) return existsSync(fileURLToPath(moduleUrl)) ? createHash('sha1').update(readFileSync(fileURLToPath(moduleUrl))).digest('hex') : null;
  if (!moduleUrl.pathname.endsWith('.ts') || !existsSync(fileURLToPath(moduleUrl))) return null;
  const bundle = bundleOf(moduleUrl);
  return bundle === null ? null : createHash('sha1').update(bundle).digest('hex');
}

/** The files moduleFingerprint's bundle of `moduleUrl` was made of (absolute) and when it was made; null before it is made or where it cannot be. */
export function moduleInputs(moduleUrl: URL): { readonly files: readonly string[]; readonly startedAt: number } | null {
  return bundleInputs.get(fileURLToPath(moduleUrl)) ?? null;
}

interface Boot {
  readonly script: string;
  /** A self-contained script needs no loader: the thread starts without the parent's tsx flags. */
  readonly selfContained: boolean;
}

/**
 * How a thread starts: a self-contained CommonJS bundle (`.cjs`, the desktop app's) is read here and
 * run as the thread's script, which works inside the app's asar archive too; a TypeScript module
 * (CLI, host, tests) is bundled in memory (bundleOf), or else the thread registers tsx, whose loader
 * it does not inherit, and then loads the module. Null where the module is not on disk: the caller
 * works on its own thread.
 */
function bootOf(moduleUrl: URL): Boot | null {
  try {
    if (moduleUrl.pathname.endsWith('.cjs')) return { script: readFileSync(fileURLToPath(moduleUrl), 'utf8'), selfContained: true };
    if (!moduleUrl.pathname.endsWith('.ts') || !existsSync(fileURLToPath(moduleUrl))) return null;
    const bundle = bundleOf(moduleUrl);
    if (bundle !== null) return { script: bundle, selfContained: true };
    // tsx's ESM API, found from here (not from the working folder); its CommonJS twin cannot load from a thread's eval.
    const api = pathToFileURL(createRequire(moduleUrl).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
    const script = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl.href)}); })`;
    return { script, selfContained: false };
  } catch {
    return null;
  }
}

export interface ThreadLimits {
  /** Each thread's old-generation heap, in MB: the whole process stays within a memory budget. */
  readonly maxHeapMb?: number;
}

/** `size` threads of `moduleUrl` (which calls serveThread), or null when threads cannot start here. */
export function startThreadPool<In, Out>(moduleUrl: URL, workerData: unknown, size: number, limits: ThreadLimits = {}): ThreadPool<In, Out> | null {
  const boot = size > 0 ? bootOf(moduleUrl) : null;
  if (boot === null) return null;
  const threads = Array.from({ length: size }, () => {
    const worker = new Worker(boot.script, {
      eval: true,
      workerData,
      ...(boot.selfContained ? { execArgv: [] } : {}),
      ...(limits.maxHeapMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb } }),
    });
    const waiting: { resolve: (value: Out) => void; reject: (error: Error) => void }[] = [];
    worker.on('message', (answer: Answer<Out>) => {
      const next = waiting.shift();
      if ('error' in answer) next?.reject(new Error(answer.error));
      else next?.resolve(answer.value);
    });
    const thread = { worker, waiting, failure: null as Error | null };
    // A thread that failed or exited answers nothing more: what waits on it, and any later call, is refused.
    const fail = (error: Error) => {
      thread.failure ??= error;
      waiting.splice(0).forEach(({ reject }) => reject(error));
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a worker thread stopped (exit code ${code})`)));
    return thread;
  });
  let turn = 0;
  return {
    size,
    run: (input) =>
      new Promise<Out>((resolve, reject) => {
        const thread = threads[turn % threads.length] as (typeof threads)[number];
        turn += 1;
        if (thread.failure !== null) return reject(thread.failure);
        thread.waiting.push({ resolve, reject });
        thread.worker.postMessage(input);
      }),
    stop: async () => {
      await Promise.all(threads.map(({ worker }) => worker.terminate()));
    },
  };
}

/** The worker module's side: answers every message with `handle`'s value, or its error's message. */
export function serveThread<In, Out>(handle: (input: In) => Out): void {
  const port = parentPort;
  if (port === null) throw new Error('a thread module runs only as a worker thread');
  port.on('message', (input: In) => {
    try {
      port.postMessage({ value: handle(input) });
    } catch (error) {
      port.postMessage({ error: error instanceof Error ? error.message : String(error) });
    }
  });
}
