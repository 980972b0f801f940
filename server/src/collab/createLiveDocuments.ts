import type { LiveDocuments } from '../services/LiveDocuments.ts';
import type { RoomRegistry } from './RoomRegistry.ts';
import type { UpdateWriter } from './UpdateWriter.ts';

/** Services' port to live documents over the rooms of this node. */
export function createLiveDocuments(registry: RoomRegistry, writer: UpdateWriter): LiveDocuments {
  const open = async (docId: string) => (await registry.open(docId)).doc;
  return {
    open,
    async transact(docId, fn) {
      const result = fn(await open(docId));
      await writer.settle(docId);
      return result;
    },
    durable: (docId) => writer.settle(docId),
  };
}
