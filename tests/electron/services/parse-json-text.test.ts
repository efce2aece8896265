// parseJsonText checks nesting before parsing a large text (JSON.parse would spend seconds on one nested all the way) and after parsing a deal-sized one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseJsonText, UnsafeFileError } from '../../../electron/services/read-json-file';

const nested = (levels: number) => `{"x":${'['.repeat(levels)}${']'.repeat(levels)}}`;

afterEach(() => vi.restoreAllMocks());

describe('parseJsonText', () => {
  it('refuses a large text nested too deep without handing it to JSON.parse', () => {
    const parse = vi.spyOn(JSON, 'parse');
    expect(() => parseJsonText(nested(500_000))).toThrow(UnsafeFileError);
    expect(parse).not.toHaveBeenCalled();
  });

  it('parses a deal-sized text, then refuses it when nested too deep', () => {
    const parse = vi.spyOn(JSON, 'parse');
    expect(() => parseJsonText(nested(10_000))).toThrow('nests objects and lists deeper than 64 levels');
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('reads texts nested to the limit, small and large alike', () => {
    expect(parseJsonText(nested(63))).toEqual(JSON.parse(nested(63)));
    const large = `{"padding":"${'x'.repeat(100_000)}","x":${'['.repeat(63)}${']'.repeat(63)}}`;
    expect(parseJsonText(large)).toEqual(JSON.parse(large));
  });
});
