import type { DocumentTypeName } from '@weft/protocol';

/** What the server knows about a document besides its Y.Doc. Times are epoch milliseconds. */
export interface DocumentMetaRecord {
  id: string;
  workspaceId: string;
  type: DocumentTypeName;
  title: string;
  archived: boolean;
  createdAt: number;
  updatedAt: number;
  createdBy: string;
}

export type DocumentMetaPatch = Partial<Pick<DocumentMetaRecord, 'title' | 'archived' | 'updatedAt'>>;

/** Document metadata. Every implementation runs `documentMetaStoreContract.ts`. */
export interface DocumentMetaStore {
  create(doc: DocumentMetaRecord): Promise<void>;
  get(id: string): Promise<DocumentMetaRecord | null>;
  /** Non-archived first, then newest first. */
  listByWorkspace(workspaceId: string): Promise<DocumentMetaRecord[]>;
  update(id: string, patch: DocumentMetaPatch): Promise<DocumentMetaRecord | null>;
}
