/**
 * A Windows icon (.ico) file holding PNG images, as every browser and Windows since Vista
 * read them: a 6-byte header, a 16-byte directory entry per image, then the PNG files.
 * @example icoOf([{ size: 16, png: png16 }, { size: 32, png: png32 }]) // Buffer for /favicon.ico
 */

/** One image of an icon: its square size in pixels (1 to 256) and its PNG bytes. */
export interface IcoImage {
  size: number;
  png: Uint8Array;
}

/** The .ico file of some square PNG images. */
export function icoOf(images: readonly IcoImage[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((image, i) => {
    if (!Number.isInteger(image.size) || image.size < 1 || image.size > 256)
      throw new RangeError(`an icon image is 1 to 256 pixels wide, not ${image.size}`);
    const entry = 6 + 16 * i;
    header.writeUInt8(image.size === 256 ? 0 : image.size, entry); // width (0 means 256)
    header.writeUInt8(image.size === 256 ? 0 : image.size, entry + 1); // height
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3); // reserved
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(image.png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += image.png.length;
  });
  return Buffer.concat([header, ...images.map((image) => Buffer.from(image.png))]);
}
