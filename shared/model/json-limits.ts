// The limits a deal file and an API payload must keep: nesting depth and size, checked without unbounded recursion.
import { messageRef, type MessageRef } from '../i18n/message-ref';

/** Deepest nesting of objects and arrays a deal file or payload may have; real deals nest about 6 levels. */
export const MAX_JSON_DEPTH = 64;

/** Largest deal file Dealmap reads or writes; real deals are a few kilobytes, big ones a few hundred. */
export const MAX_DEAL_FILE_BYTES = 5 * 1024 * 1024;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** True when JSON `text` nests objects and arrays deeper than `max`; strings are skipped, so brackets in them do not count. */
export function jsonTextTooDeep(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      // Most of a deal's text is inside strings: found by indexOf, not read character by character.
      const end = stringEnd(text, index);
      if (end === -1) return false;
      index = end;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth += 1;
      if (depth > max) return true;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth -= 1;
    }
  }
  return false;
}

/** Where the string opened at `start` closes: the first quote after it behind an even run of backslashes; -1 when none does. */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  while (end !== -1) {
    let backslashes = 0;
    while (end - 1 - backslashes > start && text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return -1;
}

/**
 * True when parsed JSON nests objects and arrays deeper than `max`. JSON.parse builds a tree (no
 * shared or cyclic parts) without recursion, so this walk visits each value once and recurses at
 * most `max + 1` deep: for a deal-sized text, cheaper than jsonTextTooDeep's scan. Values that may
 * share parts (a structured clone from the page) go through valueTooDeep.
 */
export function parsedTooDeep(value: unknown, max = MAX_JSON_DEPTH, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (depth + 1 > max) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (parsedTooDeep(item, max, depth + 1)) return true;
    return false;
  }
  for (const key in value) if (parsedTooDeep((value as Record<string, unknown>)[key], max, depth + 1)) return true;
  return false;
}

/** True when `value` nests objects and arrays deeper than `max` (an iterative walk: a deep value cannot overflow the stack). */
export function valueTooDeep(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const pending: Array<readonly [unknown, number]> = [[value, 0]];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const [current, depth] = pending.pop() as readonly [unknown, number];
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    if (depth + 1 > max) return true;
    seen.add(current);
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
}

/** Why a value nested deeper than `max` is not read, as a message. */
export function depthReason(max = MAX_JSON_DEPTH): MessageRef {
  return messageRef('file-problems.too-deep', { max });
}

const MEGABYTE = 1024 * 1024;
const megabytes = (bytes: number) => (bytes / MEGABYTE).toFixed(1);

/** A file just over the limit reads "5.0 MB" like the limit itself: then both are said in bytes. */
function sizeInBytes(bytes: number, max: number): boolean {
  return megabytes(bytes) === megabytes(max);
}

/** Why a file of `bytes` is not read: its size against the limit, in MB, or in bytes where both would read the same in MB. */
export function sizeReason(bytes: number, max = MAX_DEAL_FILE_BYTES): MessageRef {
  return sizeInBytes(bytes, max)
    ? messageRef('file-problems.too-large.bytes', { size: bytes, max, maxMegabytes: Number(megabytes(max)) })
    : messageRef('file-problems.too-large', { size: Number(megabytes(bytes)), max: Number(megabytes(max)) });
}
