import { describe, expect, it } from 'vitest';
import { readTar, TarFormatError, type TarSource, tarHeader, tarStream } from '../../src/lib/tar.js';

async function archive(sources: TarSource[]): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of tarStream(sources)) parts.push(part);
  return Buffer.concat(parts);
}

/** The archive handed to the reader in chunks of an awkward size. */
async function* chunked(data: Buffer, size = 333): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

async function readAll(data: Buffer): Promise<Array<{ name: string; text: string }>> {
  const files: Array<{ name: string; text: string }> = [];
  for await (const entry of readTar(chunked(data))) {
    const parts: Buffer[] = [];
    for await (const part of entry.data) parts.push(part);
    files.push({ name: entry.name, text: Buffer.concat(parts).toString('utf8') });
  }
  return files;
}

const file = (name: string, text: string): TarSource => {
  const data = Buffer.from(text, 'utf8');
  return { name, size: data.length, data: [data] };
};

describe('the tar archive of backups', () => {
  it('reads back every file in order, whatever their sizes and names', async () => {
    const long = `media/${'a'.repeat(90)}/${'b'.repeat(60)}.webp`;
    const sources = [file('manifest.json', '{"a":1}'), file('empty.txt', ''), file(long, 'x'.repeat(1500))];
    const data = await archive(sources);
    expect(data.length % 512).toBe(0);
    expect(await readAll(data)).toEqual([
      { name: 'manifest.json', text: '{"a":1}' },
      { name: 'empty.txt', text: '' },
      { name: long, text: 'x'.repeat(1500) },
    ]);
  });

  it('skips the rest of a file the reader leaves half read', async () => {
    const data = await archive([file('big.bin', 'y'.repeat(5000)), file('next.txt', 'next')]);
    const names: string[] = [];
    for await (const entry of readTar(chunked(data, 700))) {
      names.push(entry.name);
      for await (const _ of entry.data) break;
    }
    expect(names).toEqual(['big.bin', 'next.txt']);
  });

  it('refuses a damaged header, a cut archive and a file of the wrong length', async () => {
    const data = await archive([file('a.txt', 'hello'), file('b.txt', 'world')]);
    const damaged = Buffer.from(data);
    damaged[10] = 0x41;
    await expect(readAll(damaged)).rejects.toThrow(TarFormatError);
    await expect(readAll(data.subarray(0, 512 + 100))).rejects.toThrow(/ends inside a.txt/);
    await expect(readAll(data.subarray(0, 2048))).rejects.toThrow(/without its end marker/);
    await expect(archive([{ name: 'c.txt', size: 10, data: [Buffer.from('short')] }])).rejects.toThrow(
      /has 5 bytes, not 10/,
    );
  });

  it('writes sizes past 8 GiB in base-256', () => {
    const header = tarHeader('huge.ndjson', 2 ** 34);
    expect(header[124]).toBe(0x80);
    expect(header.readUIntBE(130, 6)).toBe(2 ** 34);
  });
});
