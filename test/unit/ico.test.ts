import { describe, expect, it } from 'vitest';
import { icoOf } from '../../src/lib/ico.js';

describe('icoOf', () => {
  it('writes a directory entry per image that points at its PNG bytes', () => {
    const a = Uint8Array.from([1, 2, 3]);
    const b = Uint8Array.from([4, 5]);
    const ico = icoOf([
      { size: 16, png: a },
      { size: 256, png: b },
    ]);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 2]);
    expect([ico.readUInt8(6), ico.readUInt8(22)]).toEqual([16, 0]); // 0 means 256
    expect([...ico.subarray(ico.readUInt32LE(18), ico.readUInt32LE(18) + ico.readUInt32LE(14))]).toEqual([
      1, 2, 3,
    ]);
    expect([...ico.subarray(ico.readUInt32LE(34))]).toEqual([4, 5]);
  });

  it('refuses an image larger than an icon can hold', () => {
    expect(() => icoOf([{ size: 512, png: new Uint8Array(1) }])).toThrow(RangeError);
  });
});
