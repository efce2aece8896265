// One JSON file of the workspace (a deal, a review, coaching, settings): checked read, durable write, exclusive create.
import { MAX_DEAL_FILE_BYTES } from '../../shared/model/json-limits';
import { serializeDeal } from './deal-file-order';
import { createFileDurably, removeFileDurably, writeFileDurably } from './durable-file';
import { readJsonFile } from './read-json-file';

export class DealFileAdapter {
  /** `serialize` gives the file's text; other JSON files of the workspace (reviews) pass their own. */
  constructor(
    readonly file: string,
    private readonly serialize: (data: unknown) => string = serializeDeal,
    /** Reviews hold every deal's snapshot and may be larger than a deal file. */
    private readonly maxBytes: number = MAX_DEAL_FILE_BYTES,
  ) {}

  /**
   * The parsed JSON, or null when the file does not exist; throws SyntaxError on bad JSON and
   * UnsafeFileError for anything but a regular file within the limits.
   */
  read(): Promise<unknown> {
    return readJsonFile(this.file, this.maxBytes);
  }

  /** Replaces the file atomically and durably. */
  write(data: unknown): Promise<void> {
    return writeFileDurably(this.file, this.serialize(data));
  }

  /** Like write, but fails with EEXIST instead of replacing a file that is already there. */
  create(data: unknown): Promise<void> {
    return createFileDurably(this.file, this.serialize(data));
  }

  /** Removes the file and makes the removal durable. */
  remove(): Promise<void> {
    return removeFileDurably(this.file);
  }
}
