/**
 * A small POSIX ustar archive writer and reader, streaming, for regular files only: enough
 * for Shortwave's backup files, which `tar -tzf` and `tar -xzf` also read. Sizes past the
 * ustar limit of 8 GiB are written in the base-256 form GNU tar and bsdtar understand.
 * @example await pipeline(Readable.from(tarStream([{ name: 'a.txt', size: 2, data: [Buffer.from('hi')] }])), createGzip(), out)
 * @example for await (const entry of readTar(chunks)) for await (const part of entry.data) use(part)
 */

const BLOCK = 512;
const MAX_OCTAL_SIZE = 0o77777777777;

/** One file to put into an archive: its bytes are given as chunks that add up to `size`. */
export interface TarSource {
  name: string;
  size: number;
  data: AsyncIterable<Buffer> | Iterable<Buffer>;
  /** Modification time; default the Unix epoch, so equal content makes an equal archive. */
  mtime?: Date;
}

/** One file read from an archive; `data` must be read to its end before the next entry. */
export interface TarEntry {
  name: string;
  size: number;
  data: AsyncIterable<Buffer>;
}

/** A fault in the archive's structure (not a tar file, cut short, bad checksum). */
export class TarFormatError extends Error {}

function writeString(header: Buffer, offset: number, length: number, value: string): void {
  const bytes = Buffer.from(value, 'utf8');
  if (bytes.length > length) throw new Error(`tar: ${value} does not fit ${length} bytes`);
  bytes.copy(header, offset);
}

function writeOctal(header: Buffer, offset: number, length: number, value: number): void {
  writeString(header, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}

function writeSize(header: Buffer, size: number): void {
  if (size <= MAX_OCTAL_SIZE) {
    writeOctal(header, 124, 12, size);
    return;
  }
  // Base-256: the first byte's high bit set, the number big-endian in the remaining 11 bytes.
  let rest = BigInt(size);
  for (let i = 135; i > 124; i--) {
    header[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  header[124] = 0x80;
}

/** Splits a path longer than 100 bytes into ustar's prefix (up to 155) and name (up to 100). */
function splitName(name: string): { prefix: string; base: string } {
  if (Buffer.byteLength(name) <= 100) return { prefix: '', base: name };
  for (let i = name.indexOf('/'); i !== -1; i = name.indexOf('/', i + 1)) {
    const prefix = name.slice(0, i);
    const base = name.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(base) <= 100) return { prefix, base };
  }
  throw new Error(`tar: the path ${name} is too long`);
}

/** The 512-byte ustar header of a regular file. */
export function tarHeader(name: string, size: number, mtime = new Date(0)): Buffer {
  const header = Buffer.alloc(BLOCK);
  const { prefix, base } = splitName(name);
  writeString(header, 0, 100, base);
  writeOctal(header, 100, 8, 0o644);
  writeOctal(header, 108, 8, 0);
  writeOctal(header, 116, 8, 0);
  writeSize(header, size);
  writeOctal(header, 136, 12, Math.floor(mtime.getTime() / 1000));
  header.fill(0x20, 148, 156);
  header[156] = 0x30; // '0': a regular file
  writeString(header, 257, 6, 'ustar\0');
  writeString(header, 263, 2, '00');
  writeString(header, 345, 155, prefix);
  let sum = 0;
  for (const byte of header) sum += byte;
  writeString(header, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return header;
}

/**
 * The bytes of an archive holding `sources`, in order, ending with the two zero blocks.
 * Throws when a source's chunks do not add up to its declared size.
 */
export async function* tarStream(
  sources: AsyncIterable<TarSource> | Iterable<TarSource>,
): AsyncGenerator<Buffer> {
  for await (const source of sources) {
    yield tarHeader(source.name, source.size, source.mtime);
    let written = 0;
    for await (const chunk of source.data) {
      written += chunk.length;
      if (written > source.size)
        throw new Error(`tar: ${source.name} is longer than its ${source.size} bytes`);
      yield chunk;
    }
    if (written !== source.size)
      throw new Error(`tar: ${source.name} has ${written} bytes, not ${source.size}`);
    const padding = (BLOCK - (source.size % BLOCK)) % BLOCK;
    if (padding > 0) yield Buffer.alloc(padding);
  }
  yield Buffer.alloc(BLOCK * 2);
}

/** Reads exact byte counts from a stream of chunks of any size. */
class ByteReader {
  private buffered: Buffer[] = [];
  private length = 0;
  private done = false;

  constructor(private readonly chunks: AsyncIterator<Buffer>) {}

  /** Pulls chunks until `n` bytes are buffered or the stream ends; answers how many are. */
  private async fill(n: number): Promise<number> {
    while (this.length < n && !this.done) {
      const next = await this.chunks.next();
      if (next.done) this.done = true;
      else if (next.value.length > 0) {
        this.buffered.push(next.value);
        this.length += next.value.length;
      }
    }
    return Math.min(n, this.length);
  }

  private take(n: number): Buffer {
    const all = this.buffered.length === 1 ? this.buffered[0]! : Buffer.concat(this.buffered);
    const taken = all.subarray(0, n);
    const rest = all.subarray(n);
    this.buffered = rest.length > 0 ? [rest] : [];
    this.length = rest.length;
    return taken;
  }

  /** Exactly `n` bytes, or fewer only at the end of the stream. */
  async read(n: number): Promise<Buffer> {
    return this.take(await this.fill(n));
  }

  /** `n` bytes as the chunks they arrive in; throws when the stream ends first. */
  async *stream(n: number, what: string): AsyncGenerator<Buffer> {
    let left = n;
    while (left > 0) {
      if ((await this.fill(1)) === 0) throw new TarFormatError(`the archive ends inside ${what}`);
      const part = this.take(Math.min(left, this.length, 1 << 20));
      left -= part.length;
      yield part;
    }
  }
}

function readString(header: Buffer, offset: number, length: number): string {
  const field = header.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? length : end).toString('utf8');
}

function readNumber(header: Buffer, offset: number, length: number): number {
  if (header[offset]! & 0x80) {
    let value = 0n;
    for (let i = offset + 1; i < offset + length; i++) value = (value << 8n) | BigInt(header[i]!);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new TarFormatError('a file size is too large');
    return Number(value);
  }
  const text = readString(header, offset, length).trim();
  if (!/^[0-7]*$/.test(text)) throw new TarFormatError('a header holds a bad number');
  return text === '' ? 0 : Number.parseInt(text, 8);
}

function checksumOk(header: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
  return readNumber(header, 148, 8) === sum;
}

/**
 * The regular files of an archive, in order. Directories are skipped; links, devices and
 * extended headers are refused, as are bad checksums and an archive that ends early.
 */
export async function* readTar(chunks: AsyncIterable<Buffer>): AsyncGenerator<TarEntry> {
  const reader = new ByteReader(chunks[Symbol.asyncIterator]());
  for (;;) {
    const header = await reader.read(BLOCK);
    if (header.length === 0) throw new TarFormatError('the archive ends without its end marker');
    if (header.length < BLOCK) throw new TarFormatError('the archive ends inside a header');
    if (header.every((byte) => byte === 0)) return;
    if (readString(header, 257, 6) !== 'ustar' || !checksumOk(header))
      throw new TarFormatError('not a tar archive, or a damaged header');
    const prefix = readString(header, 345, 155);
    const base = readString(header, 0, 100);
    const name = prefix ? `${prefix}/${base}` : base;
    const size = readNumber(header, 124, 12);
    const type = String.fromCharCode(header[156]!);
    const padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (type === '5') {
      for await (const _ of reader.stream(size + padding, name));
      continue;
    }
    if (type !== '0' && type !== '\0')
      throw new TarFormatError(`${name} is not a regular file (type ${type})`);
    // Counted as it is handed out, so an entry left half read is skipped to its end.
    let remaining = size;
    async function* data(): AsyncGenerator<Buffer> {
      for await (const part of reader.stream(remaining, name)) {
        remaining -= part.length;
        yield part;
      }
    }
    yield { name, size, data: data() };
    for await (const part of reader.stream(remaining, name)) remaining -= part.length;
    for await (const _ of reader.stream(padding, name));
  }
}
