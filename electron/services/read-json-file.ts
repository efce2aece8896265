// Reads a workspace JSON file only if it is a regular file within the size and nesting limits: no symlink, FIFO or device is ever opened or followed.
import { close, closeSync, constants, fstat, fstatSync, lstatSync, open as openFile, openSync, read, readFileSync, readSync, type Stats } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { dealmapIntl, renderMessage } from '../../shared/i18n/dealmap-intl';
import { messageRef, type MessageRef } from '../../shared/i18n/message-ref';
import { depthReason, jsonTextTooDeep, parsedTooDeep, MAX_JSON_DEPTH, sizeReason } from '../../shared/model/json-limits';

function isMissingFileError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/** A file Dealmap refuses to read: `reason` says why (the message is its English text) and never quotes its content. */
export class UnsafeFileError extends Error {
  constructor(readonly reason: MessageRef) {
    super(renderMessage(dealmapIntl('en'), reason));
  }
}

function notRegular(stats: Stats): UnsafeFileError {
  const kind = stats.isSymbolicLink() ? 'symlink' : stats.isDirectory() ? 'folder' : stats.isFIFO() ? 'fifo' : stats.isSocket() ? 'socket' : 'device';
  return new UnsafeFileError(messageRef(`file-problems.unsafe.${kind}`));
}

function tooLarge(bytes: number, maxBytes: number): UnsafeFileError {
  return new UnsafeFileError(sizeReason(bytes, maxBytes));
}

function refuseUnlessReadable(stats: Stats, maxBytes: number): void {
  if (!stats.isFile()) throw notRegular(stats);
  if (stats.size > maxBytes) throw tooLarge(stats.size, maxBytes);
}

// O_NONBLOCK: a FIFO swapped in after lstat cannot block the open; O_NOFOLLOW: nor can a symlink be followed (0 where the platform has none).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** A JSON syntax error: the message keeps V8's reason without quoting the text; `reason` says where, as a message. */
export class JsonSyntaxError extends SyntaxError {
  constructor(
    message: string,
    readonly reason: MessageRef,
  ) {
    super(message);
  }
}

/** Where JSON.parse stopped in `body`, as line and column; the end of the text when it was cut off. */
function syntaxPlace(body: string, error: SyntaxError): MessageRef {
  const at = /at position (\d+)/.exec(error.message);
  if (/end of JSON input/.test(error.message) || (at !== null && Number(at[1]) >= body.trimEnd().length)) return messageRef('file-problems.json-end');
  if (at === null) return messageRef('file-problems.json');
  const before = body.slice(0, Number(at[1])).split(/\r\n|\r|\n/);
  return messageRef('file-problems.json-at', { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 });
}

/** V8 quotes the text around a JSON syntax error; the message keeps the reason and drops the quote. */
function syntaxReason(error: SyntaxError): string {
  return error.message.replace(/,\s*".*" is not valid JSON$/s, '').replace(/^Unexpected token '(.)'$/s, 'unexpected character');
}

/** The file's text, or null when it does not exist. Throws UnsafeFileError for anything but a regular file within `maxBytes`. */
export async function readSafeText(path: string, maxBytes: number): Promise<string | null> {
  let before: Stats;
  try {
    before = await lstat(path);
  } catch (error) {
    if (isMissingFileError(error)) return null;
    throw error;
  }
  refuseUnlessReadable(before, maxBytes);
  // The file may be swapped between lstat and open: readCheckedText judges what it opened.
  return readCheckedText(path, maxBytes);
}

// The callback forms: for thousands of files they cost far less than fs/promises' file handles.
const call = <T>(start: (done: (error: NodeJS.ErrnoException | null, value: T) => void) => void): Promise<T> =>
  new Promise((resolve, reject) => start((error, value) => (error ? reject(error) : resolve(value))));

async function readOpened(fd: number, maxBytes: number): Promise<string> {
  const opened = await call<Stats>((done) => fstat(fd, done));
  refuseUnlessReadable(opened, maxBytes);
  // One byte more than the size: a file grown since fstat is still caught by the limit below.
  let buffer = Buffer.allocUnsafe(Math.min(opened.size, maxBytes) + 1);
  let length = 0;
  for (;;) {
    const got = await call<number>((done) => read(fd, buffer, length, buffer.length - length, null, done));
    length += got;
    if (got === 0) break;
    if (length === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
  }
  if (length > maxBytes) throw tooLarge(length, maxBytes);
  return buffer.toString('utf8', 0, length);
}

/**
 * readSafeText for a file the caller has just lstat'ed and found a regular file (a listing that
 * stats every file): the same checks on what is opened, one lstat fewer.
 */
export async function readCheckedText(path: string, maxBytes: number): Promise<string | null> {
  let fd: number;
  try {
    fd = await call<number>((done) => openFile(path, OPEN_FLAGS, done));
  } catch (error) {
    if (isMissingFileError(error)) return null;
    if (error instanceof Error && 'code' in error && error.code === 'ELOOP') throw notRegular(lstatSync(path));
    throw error;
  }
  try {
    return await readOpened(fd, maxBytes);
  } finally {
    await call<undefined>((done) => close(fd, (error) => done(error, undefined)));
  }
}

/**
 * readSafeText with blocking calls, the same checks in the same order: for worker threads and the
 * command line, where one deal after another is read and nothing else waits on the event loop.
 * `seen` gets the lstat the file was judged by (a listing keys its index on it).
 */
export function readSafeTextSync(path: string, maxBytes: number, seen?: (stats: Stats) => void): string | null {
  let before: Stats;
  try {
    before = lstatSync(path);
  } catch (error) {
    if (isMissingFileError(error)) return null;
    throw error;
  }
  seen?.(before);
  refuseUnlessReadable(before, maxBytes);
  return readCheckedTextSync(path, maxBytes);
}

/** readCheckedText with blocking calls: the file was just lstat'ed as a regular file; what is opened is judged again. */
function readCheckedTextSync(path: string, maxBytes: number): string | null {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    if (isMissingFileError(error)) return null;
    if (error instanceof Error && 'code' in error && error.code === 'ELOOP') throw notRegular(lstatSync(path));
    throw error;
  }
  try {
    const opened = fstatSync(fd);
    refuseUnlessReadable(opened, maxBytes);
    // One byte more than the size: a file grown since fstat is still caught by the limit below.
    const buffer = Buffer.allocUnsafe(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    let got = -1;
    while (got !== 0 && length < buffer.length) {
      got = readSync(fd, buffer, length, buffer.length - length, null);
      length += got;
    }
    if (length > maxBytes) throw tooLarge(length + readFileSync(fd).length, maxBytes);
    return buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
}

const BYTE_ORDER_MARK = 0xfeff;

/**
 * Up to this many characters a text is parsed before its nesting is checked: nested all the way
 * down, 64 KB still parses in about 4 ms. A larger one is scanned first, since JSON.parse takes over
 * a second on 5 MB nested all the way down.
 */
const PARSE_FIRST_MAX_CHARS = 64 * 1024;

/** Parses JSON text and checks its nesting; a SyntaxError's message says why without quoting the text. */
export function parseJsonText(text: string): unknown {
  const parseFirst = text.length <= PARSE_FIRST_MAX_CHARS;
  if (!parseFirst && jsonTextTooDeep(text, MAX_JSON_DEPTH)) throw new UnsafeFileError(depthReason());
  let value: unknown;
  // Editors on Windows may save a byte order mark; it is not part of the JSON.
  const body = text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
  try {
    value = JSON.parse(body) as unknown;
  } catch (error) {
    if (error instanceof SyntaxError) throw new JsonSyntaxError(syntaxReason(error), syntaxPlace(body, error));
    throw error;
  }
  if (parseFirst && parsedTooDeep(value, MAX_JSON_DEPTH)) throw new UnsafeFileError(depthReason());
  return value;
}

/** The parsed JSON, or null when the file does not exist. Throws UnsafeFileError or a SyntaxError without the file's content. */
export async function readJsonFile(path: string, maxBytes: number): Promise<unknown> {
  const text = await readSafeText(path, maxBytes);
  return text === null ? null : parseJsonText(text);
}
