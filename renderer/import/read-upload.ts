// Reads a picked file as text the way the host would read it from disk: UTF-8 (BOM dropped) or UTF-16 with a BOM.

export interface UploadedFile {
  readonly name: string;
  readonly content: string;
}

export async function readUpload(file: File): Promise<UploadedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  // TextDecoder drops the byte order mark; bytes that are not UTF-8 become U+FFFD, which the host warns about.
  const content = new TextDecoder(utf16 ? 'utf-16le' : 'utf-8').decode(bytes);
  return { name: file.name, content };
}
