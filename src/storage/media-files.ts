/**
 * Where media files live: one folder per media item under `DATA_DIR/media`.
 * Files are written to a temporary name and renamed, so a crash never leaves half a file.
 */
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface MediaFiles {
  root: string;
  /** Writes one file of a media item durably (fsync before rename). */
  write(mediaId: string, file: string, data: Buffer): Promise<void>;
  read(mediaId: string, file: string): Promise<Buffer | null>;
  remove(mediaId: string): Promise<void>;
}

const SAFE = /^[a-z0-9][a-z0-9.-]*$/;

/** The file store rooted at `root` (usually `DATA_DIR/media`). */
export function mediaFiles(root: string): MediaFiles {
  const pathOf = (mediaId: string, file: string) => {
    if (!SAFE.test(mediaId) || !SAFE.test(file) || file.includes('..'))
      throw new Error(`unsafe media path ${mediaId}/${file}`);
    return join(root, mediaId, file);
  };
  return {
    root,
    async write(mediaId, file, data) {
      const target = pathOf(mediaId, file);
      await mkdir(join(root, mediaId), { recursive: true });
      const temp = `${target}.tmp`;
      try {
        const handle = await open(temp, 'w');
        try {
          await handle.writeFile(data);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temp, target);
      } catch (error) {
        // A full disk (ENOSPC) stops a write half-way: no half file is left behind.
        await rm(temp, { force: true }).catch(() => {});
        throw error;
      }
    },
    async read(mediaId, file) {
      try {
        return await readFile(pathOf(mediaId, file));
      } catch {
        return null;
      }
    },
    async remove(mediaId) {
      if (!SAFE.test(mediaId)) return;
      await rm(join(root, mediaId), { recursive: true, force: true });
    },
  };
}
