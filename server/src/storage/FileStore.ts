/** A stored file's metadata; its bytes (and an image's preview) are kept by content hash. */
export interface FileRecord {
  id: string;
  workspaceId: string;
  /** Sanitised display name, with the extension that matches `contentType`. */
  name: string;
  /** Detected from the bytes, never taken from the client. */
  contentType: string;
  bytes: number;
  /** Pixel size after orientation, for images; null otherwise. */
  width: number | null;
  height: number | null;
  /** Epoch milliseconds. */
  createdAt: number;
  createdBy: string;
}

export const FileVariant = {
  original: 'original',
  /** A small WebP preview; only images have one. */
  thumb: 'thumb',
} as const;
export type FileVariant = (typeof FileVariant)[keyof typeof FileVariant];

/**
 * Files of workspaces. Bytes are content-addressed: two uploads of the same photo share them,
 * and they are removed once no file refers to them. Every implementation runs
 * `fileStoreContract.ts`.
 */
export interface FileStore {
  create(record: FileRecord, content: Uint8Array, thumb: Uint8Array | null): Promise<void>;
  get(id: string): Promise<FileRecord | null>;
  /** Newest first. */
  listByWorkspace(workspaceId: string): Promise<FileRecord[]>;
  /** Null when the file is unknown or has no such variant. */
  read(id: string, variant: FileVariant): Promise<Uint8Array | null>;
  /** False when there was nothing to delete. */
  delete(id: string): Promise<boolean>;
}

/** Bytes by sha256 hex digest; puts are idempotent and atomic (a reader never sees half a blob). */
export interface BlobStore {
  put(hash: string, bytes: Uint8Array): Promise<void>;
  get(hash: string): Promise<Uint8Array | null>;
  delete(hash: string): Promise<void>;
}
