import { PlanStatus, type Signature, type SignOffState } from '@weft/model';
import * as Y from 'yjs';
import type { AccountStores } from '../AccountStores.ts';
import type { CommentStores } from '../ActivityStore.ts';
import type { DocStore } from '../DocStore.ts';
import type { PlanVersionStore } from '../PlanVersionStore.ts';
import type { WorkspaceRecord } from '../WorkspaceStore.ts';

/** Every store of one database, as the upgrade fixtures were written and are read back. */
export interface FixtureStores {
  docStore: DocStore;
  accounts: AccountStores;
  comments: CommentStores;
  planVersions: PlanVersionStore;
}

// Fixed ids and times, so a fixture written once reads back to the same values forever.
export const FIXTURE = {
  mai: 'u-mai',
  jan: 'u-jan',
  workspace: 'ws-textiles',
  note: 'doc-note',
  plan: 'doc-plan',
  thread: 'th-1',
  firstMessage: 'm-1',
  reply: 'm-2',
  session: 'sess-1',
  token: 'tok-1',
  revokedToken: 'tok-2',
  invite: 'inv-1',
  exchangeSession: 'xs-1',
  version: 'pv-1',
  at: 1_764_000_000_000,
} as const;

const HASH = `sha256:${'cd'.repeat(32)}`;

function signatures(): Signature[] {
  return [
    {
      userId: FIXTURE.jan,
      displayName: 'Jan Peeters',
      city: 'Ghent',
      role: 'editor',
      contentHash: HASH,
      at: '2026-11-28T05:00:00.000Z',
      timeZone: 'Europe/Brussels',
    },
    {
      userId: FIXTURE.mai,
      displayName: 'Trần Thị Mai',
      city: 'Huế',
      role: 'editor',
      contentHash: HASH,
      at: '2026-11-28T06:00:00.000Z',
      timeZone: 'Asia/Ho_Chi_Minh',
    },
  ];
}

/** Writes rows into every table through the stores (used once, with the stores of the time). */
export async function writeFixture(s: FixtureStores): Promise<void> {
  const { at } = FIXTURE;
  const { users, sessions, tokens, workspaces, documents, exchangeSessions } = s.accounts;
  const person = { passwordHash: 'scrypt$10$8$3$c2FsdA$a2V5', language: 'vi' as const, createdAt: at };
  await users.create({
    ...person,
    id: FIXTURE.mai,
    email: 'mai@example.org',
    displayName: 'Trần Thị Mai',
    city: 'Huế',
    organisation: 'Thừa Thiên Huế',
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  await users.create({
    ...person,
    id: FIXTURE.jan,
    email: 'jan@example.org',
    displayName: 'Jan Peeters',
    city: 'Ghent',
    organisation: 'Stad Gent',
    language: 'en',
    timeZone: 'Europe/Brussels',
    createdAt: at + 1,
  });
  await sessions.create({
    id: FIXTURE.session,
    secretHash: 'session-hash',
    userId: FIXTURE.mai,
    createdAt: at,
    expiresAt: at + 86_400_000,
  });
  await tokens.create({
    id: FIXTURE.token,
    userId: FIXTURE.mai,
    name: 'CSV export',
    secretHash: 'token-hash',
    createdAt: at,
    lastUsedAt: null,
    revokedAt: null,
  });
  await tokens.create({
    id: FIXTURE.revokedToken,
    userId: FIXTURE.mai,
    name: 'old',
    secretHash: 'token-hash-2',
    createdAt: at,
    lastUsedAt: null,
    revokedAt: null,
  });
  await tokens.touch(FIXTURE.token, at + 5);
  await tokens.revoke(FIXTURE.revokedToken, FIXTURE.mai, at + 6);
  await workspaces.create(
    {
      id: FIXTURE.workspace,
      title: 'Dệt may bền vững',
      description: 'Ghent ↔ Huế',
      cities: [
        { id: 'city-ghent', name: 'Ghent', timeZone: 'Europe/Brussels', country: null, colour: null },
        { id: 'city-hue', name: 'Huế', timeZone: 'Asia/Ho_Chi_Minh', country: null, colour: null },
      ],
      archived: false,
      createdAt: at,
      createdBy: FIXTURE.mai,
    },
    { workspaceId: FIXTURE.workspace, userId: FIXTURE.mai, role: 'facilitator', joinedAt: at, cityId: null },
  );
  await workspaces.addOrPromote({
    workspaceId: FIXTURE.workspace,
    userId: FIXTURE.jan,
    role: 'editor',
    joinedAt: at + 1,
    cityId: null,
  });
  await workspaces.createInvite({
    id: FIXTURE.invite,
    workspaceId: FIXTURE.workspace,
    tokenHash: 'invite-hash',
    role: 'commenter',
    createdAt: at,
    expiresAt: at + 7 * 86_400_000,
    revokedAt: null,
    createdBy: FIXTURE.mai,
    cityId: null,
  });
  const meta = {
    workspaceId: FIXTURE.workspace,
    archived: false,
    createdAt: at,
    updatedAt: at,
    createdBy: FIXTURE.mai,
  };
  await documents.create({ ...meta, id: FIXTURE.note, type: 'note', title: 'Biên bản — notes' });
  await documents.create({
    ...meta,
    id: FIXTURE.plan,
    type: 'actionPlan',
    title: 'Action plan',
    createdAt: at + 1,
  });
  await documents.update(FIXTURE.note, { updatedAt: at + 10 });

  const doc = new Y.Doc();
  doc.clientID = 1;
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  doc.getText('body').insert(0, 'Xin chào, Gent! ');
  doc.getText('body').insert(16, 'Zero-waste ateliers.');
  await s.docStore.append(updates.map((update) => ({ docId: FIXTURE.note, update })));
  await s.docStore.compact(FIXTURE.note, 1);
  updates.length = 0;
  doc.getText('body').insert(0, '★ ');
  await s.docStore.append(updates.map((update) => ({ docId: FIXTURE.note, update })));

  const base = {
    workspaceId: FIXTURE.workspace,
    documentId: FIXTURE.note,
    createdBy: FIXTURE.mai,
    createdAt: at + 20,
    updatedAt: at + 20,
    resolvedBy: null,
    resolvedAt: null,
  };
  await s.comments.comments.createThread(
    {
      ...base,
      id: FIXTURE.thread,
      anchor: { kind: 'planItem', itemId: 'item-1' },
      quote: 'Zero-waste',
      clientId: 'c-1',
    },
    {
      id: FIXTURE.firstMessage,
      threadId: FIXTURE.thread,
      authorId: FIXTURE.mai,
      body: '@Jan xem giúp?',
      mentions: [FIXTURE.jan],
      createdAt: at + 20,
      clientId: 'c-1',
    },
  );
  await s.comments.comments.addMessage({
    id: FIXTURE.reply,
    threadId: FIXTURE.thread,
    authorId: FIXTURE.jan,
    body: 'On it.',
    mentions: [],
    createdAt: at + 30,
    clientId: null,
  });
  await s.comments.comments.editMessage(FIXTURE.reply, 'On it, @Mai.', [FIXTURE.mai], at + 31);
  await s.comments.comments.markRead(FIXTURE.jan, [FIXTURE.thread]);
  await s.comments.activity.record({
    id: 'act-1',
    workspaceId: FIXTURE.workspace,
    type: 'thread.created',
    at: at + 20,
    actorId: FIXTURE.mai,
    documentId: FIXTURE.note,
    threadId: FIXTURE.thread,
    messageId: FIXTURE.firstMessage,
    summary: 'Zero-waste',
  });
  await s.comments.activity.record({
    id: 'act-2',
    workspaceId: FIXTURE.workspace,
    type: 'document.created',
    at: at + 1,
    actorId: FIXTURE.mai,
    documentId: FIXTURE.plan,
    threadId: null,
    messageId: null,
    summary: 'Action plan',
  });
  await s.comments.activity.recordVisit(FIXTURE.jan, FIXTURE.workspace, at + 40);

  const sigs = signatures();
  const state: SignOffState = {
    status: PlanStatus.agreed,
    parties: ['Ghent', 'Huế'],
    contentHash: HASH,
    proposedBy: FIXTURE.mai,
    proposedAt: '2026-11-27T09:00:00.000Z',
    signatures: sigs,
    versions: [
      {
        number: 1,
        name: 'Agreed v1 — 2026-11-28',
        contentHash: HASH,
        signatures: sigs,
        agreedAt: '2026-11-28T06:00:00.000Z',
      },
    ],
  };
  await s.planVersions.saveSignOff(FIXTURE.plan, state, 0, {
    id: FIXTURE.version,
    documentId: FIXTURE.plan,
    number: 1,
    name: 'Agreed v1 — 2026-11-28',
    contentHash: HASH,
    signatures: sigs,
    agreedAt: '2026-11-28T06:00:00.000Z',
    createdAt: at + 50,
    state: Y.encodeStateAsUpdate(doc),
  });
  await exchangeSessions.create({
    id: FIXTURE.exchangeSession,
    workspaceId: FIXTURE.workspace,
    title: 'Phiên 1 — kick-off',
    startsAt: at + 3_600_000,
    durationMinutes: 90,
    agenda: [{ id: 'ag-1', title: 'Giới thiệu', owner: 'Jan', minutes: 15 }],
    documentIds: [FIXTURE.note, FIXTURE.plan],
    videoUrl: null,
    createdAt: at,
    updatedAt: at,
    createdBy: FIXTURE.mai,
  });
}

/**
 * The workspace as the legacy stores read it (cities as names). Cities became rows in 0006_cities;
 * `legacyUpgrade.test.ts` checks those rows (zones, members' cities) on their own.
 */
function asLegacyWorkspace(w: WorkspaceRecord | null) {
  return w && { ...w, cities: w.cities.map((c) => c.name) };
}

/** Everything the fixture holds, read through the stores, as plain JSON (bytes as base64). */
export async function readFixture(s: FixtureStores): Promise<unknown> {
  const { users, sessions, tokens, workspaces, documents, exchangeSessions } = s.accounts;
  const { comments, activity } = s.comments;
  const stored = await s.docStore.load(FIXTURE.note);
  const doc = new Y.Doc();
  if (stored?.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored?.updates ?? []) Y.applyUpdate(doc, u);
  const threads = await comments.listThreads(FIXTURE.note);
  const version = await s.planVersions.getVersion(FIXTURE.plan, FIXTURE.version);
  return JSON.parse(
    JSON.stringify({
      users: (await users.findByIds([FIXTURE.mai, FIXTURE.jan])).sort((a, b) => a.id.localeCompare(b.id)),
      byEmail: await users.findByEmail('jan@example.org'),
      session: await sessions.findValid('session-hash', FIXTURE.at + 1),
      tokens: await tokens.listActive(FIXTURE.mai),
      token: await tokens.findActive('token-hash'),
      workspace: asLegacyWorkspace(await workspaces.get(FIXTURE.workspace)),
      workspacesOfJan: (await workspaces.listForUser(FIXTURE.jan)).map((w) => ({
        ...w,
        workspace: asLegacyWorkspace(w.workspace),
      })),
      members: (await workspaces.listMembers(FIXTURE.workspace)).map(({ cityId: _, ...m }) => m),
      invites: (await workspaces.listInvites(FIXTURE.workspace)).map(({ cityId: _, ...i }) => i),
      documents: await documents.listByWorkspace(FIXTURE.workspace),
      noteText: doc.getText('body').toString(),
      logLength: await s.docStore.logLength(FIXTURE.note),
      lastSeq: stored?.lastSeq,
      threads,
      messages: await comments.listMessages(threads.map((t) => t.id)),
      unreadForMai: [...(await comments.unreadAmong(FIXTURE.mai, [FIXTURE.thread]))],
      unreadForJan: [...(await comments.unreadAmong(FIXTURE.jan, [FIXTURE.thread]))],
      inboxMai: await comments.inbox(FIXTURE.mai, 10),
      inboxCountsMai: await comments.inboxCounts(FIXTURE.mai),
      activity: await activity.list(FIXTURE.workspace, { since: null, excludeActor: null, limit: 10 }),
      visit: await activity.getVisit(FIXTURE.jan, FIXTURE.workspace),
      signOff: await s.planVersions.getSignOff(FIXTURE.plan),
      versions: await s.planVersions.listVersions(FIXTURE.plan),
      versionState: version ? Buffer.from(version.state).toString('base64') : null,
      exchangeSessions: (await exchangeSessions.listByWorkspace(FIXTURE.workspace)).map(
        ({ videoUrl: _, ...session }) => session,
      ),
    }),
  );
}
