// The bytes an export payload decodes to, measured without decoding it, so the schema refuses a payload over the cap at once.

export interface ExportPayloadFile {
  readonly content: string;
  readonly encoding: 'utf8' | 'base64';
}

/** UTF-8 bytes of `text`, counted no further than past `limit`: the caller only asks whether it is over. */
function utf8Bytes(text: string, limit: number): number {
  let bytes = 0;
  for (let index = 0; index < text.length && bytes <= limit; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        index += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes base64 text decodes to: three per four characters, less the padding. Malformed base64 is the service's to refuse. */
function base64Bytes(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((text.length * 3) / 4) - padding);
}

/**
 * The decoded size of the files, exact up to `limit` and some value above it once the total is
 * over (counting stops there, so a huge payload costs no more than the cap to measure).
 */
export function exportPayloadBytes(files: readonly ExportPayloadFile[], limit: number): number {
  let total = 0;
  for (const file of files) {
    total += file.encoding === 'base64' ? base64Bytes(file.content) : utf8Bytes(file.content, limit - total);
    if (total > limit) return total;
  }
  return total;
}
