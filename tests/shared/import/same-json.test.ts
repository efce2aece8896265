// sameJson agrees with the deal fingerprint: equal exactly when the saved JSON is equal up to key order.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { contentFingerprint } from '../../../shared/model/content-fingerprint';
import { sameJson } from '../../../shared/import/same-json';

it('ignores key order and undefined fields, and sees any other difference', () => {
  expect(sameJson({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
  expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
  expect(sameJson({ a: null }, { a: undefined })).toBe(false);
});

it('agrees with contentFingerprint on random JSON', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
      expect(sameJson(a, b)).toBe(contentFingerprint(a) === contentFingerprint(b));
      expect(sameJson(a, structuredClone(a))).toBe(true);
    }),
  );
});
