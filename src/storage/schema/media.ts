/**
 * Row type of the media library table (migration 0001): one uploaded original with its
 * renditions as JSON text.
 * @example const width: MediaSchema['media']['width'] = 1600;
 */

export interface MediaTable {
  id: string;
  original_file: string;
  mime_type: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  renditions_json: string;
  created_at: string;
}

/** The media tables by name. */
export interface MediaSchema {
  media: MediaTable;
}
