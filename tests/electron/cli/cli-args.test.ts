// Parsing every command and option of `dealmap`, the good and the bad spellings.
import { describe, expect, it } from 'vitest';
import { MAX_GENERATED_DEALS, parseCliArgs } from '../../../electron/cli/cli-args';
import { DEFAULT_GENERATE_AS_OF, DEFAULT_GENERATE_SEED } from '../../../electron/services/generate';

const TODAY = '2026-12-01';
const parse = (...argv: string[]) => parseCliArgs(argv, TODAY);

describe('parseCliArgs: commands and help', () => {
  it.each([[['help']], [['--help']], [['-h']], [['report', '--help']], [['review', '-h']], [['generate', '--help']]])(
    'answers help for %j',
    (argv) => expect(parseCliArgs(argv, TODAY)).toEqual({ kind: 'help' }),
  );

  it('names a missing or unknown command', () => {
    expect(parse()).toEqual({ kind: 'usage-error', message: 'Missing command.' });
    expect(parse('frobnicate')).toEqual({ kind: 'usage-error', message: 'Unknown command "frobnicate".' });
    expect(parse('toString')).toEqual({ kind: 'usage-error', message: 'Unknown command "toString".' });
  });
});

describe('parseCliArgs: report', () => {
  it('reads the target, --json and --as-of in either spelling, leaving the date to today when absent', () => {
    expect(parse('report', 'ws')).toEqual({ kind: 'report', target: 'ws', json: false, asOf: undefined });
    expect(parse('report', '--json', 'ws', '--as-of', '2026-11-20')).toEqual({ kind: 'report', target: 'ws', json: true, asOf: '2026-11-20' });
    expect(parse('report', 'ws', '--as-of=2027-01-15')).toEqual({ kind: 'report', target: 'ws', json: false, asOf: '2027-01-15' });
    expect(parse('report', '-')).toEqual({ kind: 'report', target: '-', json: false, asOf: undefined });
  });

  it.each([
    [['report'], 'Missing the workspace folder or deal file to report on.'],
    [['report', 'a', 'b'], 'Expected one workspace folder or deal file, got 2.'],
    [['report', 'ws', '--as-of'], '--as-of needs a date as YYYY-MM-DD.'],
    [['report', 'ws', '--as-of='], '--as-of needs a date as YYYY-MM-DD.'],
    [['report', 'ws', '--as-of', '2026-02-30'], '--as-of expects a real date as YYYY-MM-DD, got "2026-02-30".'],
    [['report', 'ws', '--verbose'], 'Unknown option "--verbose".'],
    [['report', 'ws', '--json=yes'], '--json takes no value.'],
    [['report', 'ws', '--since', 'r1'], 'Unknown option "--since".'],
  ])('rejects %j', (argv, message) => expect(parseCliArgs(argv, TODAY)).toEqual({ kind: 'usage-error', message }));
});

describe('parseCliArgs: review', () => {
  it('defaults --as-of to today and --since to the last review', () => {
    expect(parse('review', 'ws')).toEqual({ kind: 'review', workspace: 'ws', since: undefined, json: false, asOf: TODAY });
  });

  it('reads --since as a review id or a date, --json and --as-of', () => {
    expect(parse('review', 'ws', '--since', '2026-11-01', '--json', '--as-of=2026-11-30')).toEqual({
      kind: 'review',
      workspace: 'ws',
      since: '2026-11-01',
      json: true,
      asOf: '2026-11-30',
    });
    expect(parse('review', '--since=2026-11-01-2', 'ws')).toMatchObject({ since: '2026-11-01-2' });
    expect(parse('review', '--since=2026-11-01-1', 'ws')).toMatchObject({ since: '2026-11-01-1' });
  });

  it.each([
    [['review'], 'Missing the workspace folder to review.'],
    [['review', 'a', 'b'], 'Expected one workspace folder, got 2.'],
    [['review', 'ws', '--since'], '--since needs a review id or a date as YYYY-MM-DD.'],
    [['review', 'ws', '--since', '2026-13-01'], '--since expects a date (YYYY-MM-DD) or a review id (YYYY-MM-DD-N, -1 for the first of the day), got "2026-13-01".'],
    [['review', 'ws', '--since', 'last-week'], '--since expects a date (YYYY-MM-DD) or a review id (YYYY-MM-DD-N, -1 for the first of the day), got "last-week".'],
    [['review', 'ws', '--since', '2026-11-01-0'], '--since expects a date (YYYY-MM-DD) or a review id (YYYY-MM-DD-N, -1 for the first of the day), got "2026-11-01-0".'],
    [['review', 'ws', '--as-of', 'tomorrow'], '--as-of expects a real date as YYYY-MM-DD, got "tomorrow".'],
    [['review', 'ws', '--deals', '5'], 'Unknown option "--deals".'],
  ])('rejects %j', (argv, message) => expect(parseCliArgs(argv, TODAY)).toEqual({ kind: 'usage-error', message }));
});

describe('parseCliArgs: generate', () => {
  it('fills the fixed seed and base day when absent, never today', () => {
    expect(parse('generate', '--deals', '50', 'out')).toEqual({
      kind: 'generate',
      folder: 'out',
      deals: 50,
      seed: DEFAULT_GENERATE_SEED,
      asOf: DEFAULT_GENERATE_AS_OF,
    });
  });

  it('reads --deals, --seed and --as-of in either spelling', () => {
    expect(parse('generate', 'out', '--deals=5000', '--seed', '0', '--as-of', '2027-01-31')).toEqual({
      kind: 'generate',
      folder: 'out',
      deals: 5000,
      seed: 0,
      asOf: '2027-01-31',
    });
    expect(parse('generate', '--seed=4294967295', '--deals', String(MAX_GENERATED_DEALS), 'out')).toMatchObject({
      seed: 4_294_967_295,
      deals: MAX_GENERATED_DEALS,
    });
  });

  it.each([
    [['generate', 'out'], 'generate needs --deals N, the number of deals to write.'],
    [['generate', '--deals', '10'], 'Missing the workspace folder to generate the deals in.'],
    [['generate', '--deals', '10', 'a', 'b'], 'Expected one workspace folder, got 2.'],
    [['generate', 'out', '--deals'], '--deals needs a number of deals.'],
    [['generate', 'out', '--deals', '0'], '--deals expects a whole number from 1 to 100000, got "0".'],
    [['generate', 'out', '--deals', '100001'], '--deals expects a whole number from 1 to 100000, got "100001".'],
    [['generate', 'out', '--deals', '2.5'], '--deals expects a whole number from 1 to 100000, got "2.5".'],
    [['generate', 'out', '--deals', '1e3'], '--deals expects a whole number from 1 to 100000, got "1e3".'],
    [['generate', 'out', '--deals', '-5'], '--deals expects a whole number from 1 to 100000, got "-5".'],
    [['generate', 'out', '--deals', '5', '--seed', 'abc'], '--seed expects a whole number from 0 to 4294967295, got "abc".'],
    [['generate', 'out', '--deals', '5', '--seed', '4294967296'], '--seed expects a whole number from 0 to 4294967295, got "4294967296".'],
    [['generate', 'out', '--deals', '5', '--seed'], '--seed needs a number.'],
    [['generate', 'out', '--deals', '5', '--as-of', '2026-02-29'], '--as-of expects a real date as YYYY-MM-DD, got "2026-02-29".'],
    [['generate', 'out', '--deals', '5', '--json'], 'Unknown option "--json".'],
  ])('rejects %j', (argv, message) => expect(parseCliArgs(argv, TODAY)).toEqual({ kind: 'usage-error', message }));
});
