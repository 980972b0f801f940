import { describe, expect, it } from 'vitest';
import type { DocumentMetaRecord } from '../DocumentMetaStore.ts';
import { DialectName } from '../db/Database.ts';
import { createStorage } from '../openStorage.ts';
import { openTestDatabase } from '../testing/openTestDatabase.ts';
import { testUserRecord } from '../testUserRecord.ts';

for (const dialect of Object.values(DialectName)) {
  describe(`${dialect} writeTogether`, () => {
    it('[WT1] commits a document and its activity record together, or neither', async () => {
      const t = await openTestDatabase(dialect);
      try {
        const storage = createStorage(t.database);
        const user = testUserRecord();
        await storage.accounts.users.create(user);
        const workspaceId = crypto.randomUUID();
        await storage.accounts.workspaces.create(
          {
            id: workspaceId,
            title: 'W',
            description: '',
            cities: [],
            archived: false,
            createdAt: 1,
            createdBy: user.id,
          },
          { workspaceId, userId: user.id, role: 'facilitator', joinedAt: 1, cityId: null },
        );
        const doc = (id: string): DocumentMetaRecord => ({
          id,
          workspaceId,
          type: 'note',
          title: 'Ghi chú',
          archived: false,
          createdAt: 2,
          updatedAt: 2,
          createdBy: user.id,
        });
        const event = (id: string, inWorkspace: string) => ({
          id,
          workspaceId: inWorkspace,
          type: 'document.created' as const,
          at: 2,
          actorId: user.id,
          documentId: id,
          threadId: null,
          messageId: null,
          summary: 'Ghi chú',
        });
        await storage.writeTogether(async (s) => {
          await s.documents.create(doc('d-ok'));
          await s.activity.record(event('d-ok', workspaceId));
        });
        // The activity row names a workspace that does not exist, so its insert fails.
        await expect(
          storage.writeTogether(async (s) => {
            await s.documents.create(doc('d-lost'));
            await s.activity.record(event('d-lost', 'no-such-workspace'));
          }),
        ).rejects.toThrow();
        expect(await storage.accounts.documents.get('d-ok')).not.toBeNull();
        expect(await storage.accounts.documents.get('d-lost')).toBeNull();
        const feed = await storage.comments.activity.list(workspaceId, {
          since: null,
          excludeActor: null,
          limit: 10,
        });
        expect(feed.events.map((e) => e.documentId)).toEqual(['d-ok']);
      } finally {
        await t.dispose();
      }
    });
  });
}
