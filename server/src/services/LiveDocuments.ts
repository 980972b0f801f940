import type * as Y from 'yjs';

/**
 * The one way services reach live documents: the Y.Doc that connected editors share, and a wait
 * for that document's own changes to be durable. Implemented over the room registry (collab/).
 */
export interface LiveDocuments {
  /** The live document, loaded if needed. Change it only inside `transact`, or wait on `durable`. */
  open(docId: string): Promise<Y.Doc>;
  /** Applies `fn` to the live document; resolves once what it changed is stored. */
  transact<T>(docId: string, fn: (doc: Y.Doc) => T): Promise<T>;
  /** Resolves once everything this document has waiting is stored (not other documents). */
  durable(docId: string): Promise<void>;
}
