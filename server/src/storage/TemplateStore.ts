import type { DocumentType } from '@weft/model';

/** A document saved as a starting point for new documents of one workspace. */
export interface TemplateRecord {
  id: string;
  workspaceId: string;
  type: DocumentType;
  title: string;
  /** `Y.encodeStateAsUpdate` of the document when it was saved. */
  state: Uint8Array;
  /** Epoch milliseconds. */
  createdAt: number;
  createdBy: string;
}

export type TemplateSummary = Omit<TemplateRecord, 'state'>;

/** Workspace templates. Every implementation runs `templateStoreContract.ts`. */
export interface TemplateStore {
  create(template: TemplateRecord): Promise<void>;
  /** Null when unknown. */
  get(id: string): Promise<TemplateRecord | null>;
  /** Oldest first, without their content. */
  listByWorkspace(workspaceId: string): Promise<TemplateSummary[]>;
  /** False when there was no such template. */
  delete(id: string): Promise<boolean>;
}
