// A short fingerprint of a deal's content: a save names the version it started from, so a hand edit is caught.
import { CONTENT_FINGERPRINT_PATTERN, contentFingerprint } from './content-fingerprint';
import type { Deal } from './deal-schema';

/** Lowercase hex, as dealFingerprint writes it. */
export const DEAL_FINGERPRINT_PATTERN = CONTENT_FINGERPRINT_PATTERN;

/**
 * The same for two deals exactly when their JSON is the same up to key order (undefined fields
 * count as absent, as in the file). The UI sends the fingerprint of the deal as it last read or
 * wrote it; the store refuses the save when the file no longer matches, even at the same revision.
 */
export function dealFingerprint(deal: Deal): string {
  return contentFingerprint(deal);
}
