import type { PresenceAck, Vote } from '@weft/protocol';
import { io, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/storage/testing/createTestDatabase.ts';
import { createPlanFixture, type PlanFixture, SAMPLE_ITEMS } from './helpers/planFixture.ts';
import { api, type Credentials, signUp } from './helpers/testApi.ts';
import { createVoteBoard, type VoteBoard } from './helpers/voteBoard.ts';

const sockets: Socket[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.close();
});

async function openVote(f: PlanFixture, board: VoteBoard, body: Record<string, unknown> = {}): Promise<Vote> {
  const res = await api(f.t.url, 'POST', `/api/documents/${board.documentId}/votes`, {
    as: f.as.facilitator,
    body: { title: 'Wat pakken we eerst aan?', dotsPerPerson: 3, anonymous: false, ...body },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return (res.body as { vote: Vote }).vote;
}

const cast = (f: PlanFixture, voteId: string, as: Credentials, targetId: string) =>
  api(f.t.url, 'POST', `/api/votes/${voteId}/dots`, { as, body: { targetId } });
const takeBack = (f: PlanFixture, voteId: string, as: Credentials, targetId: string) =>
  api(f.t.url, 'DELETE', `/api/votes/${voteId}/dots`, { as, body: { targetId } });
const step = (f: PlanFixture, voteId: string, what: 'reveal' | 'close', as = f.as.facilitator) =>
  api(f.t.url, 'POST', `/api/votes/${voteId}/${what}`, { as, body: {} });
async function read(f: PlanFixture, voteId: string, as: Credentials): Promise<Vote> {
  const res = await api(f.t.url, 'GET', `/api/votes/${voteId}`, { as });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body as { vote: Vote }).vote;
}

/** A socket.io client of the member present in the workspace, recording what it receives. */
async function present(f: PlanFixture, cookie: string) {
  const socket = io(f.t.url, { transports: ['websocket'], forceNew: true, extraHeaders: { cookie } });
  sockets.push(socket);
  const events: [string, unknown][] = [];
  socket.onAny((name: string, payload: unknown) => events.push([name, payload]));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const ack = (await socket
    .timeout(5000)
    .emitWithAck('presence:join', { workspaceId: f.workspaceId })) as PresenceAck;
  expect(ack).toMatchObject({ ok: true });
  return events;
}

// The rule that matters most runs on both databases: N+1 racing casts store exactly N dots.
describe.each(['sqlite', 'postgres'] as const)('no double voting on %s', (dialect) => {
  let f: PlanFixture;
  let pg: TestDatabase | undefined;
  beforeAll(async () => {
    if (dialect === 'postgres') pg = await createTestDatabase();
    f = await createPlanFixture(pg ? { env: { DATABASE_URL: pg.url } } : {});
  });
  afterAll(async () => {
    await f?.close();
    await pg?.drop();
  });

  it('N+1 parallel casts of one person store exactly N dots; the rest get 409 noDotsLeft', async () => {
    const board = await createVoteBoard(f.t, f.workspaceId, f.as.facilitator);
    const vote = await openVote(f, board, { dotsPerPerson: 3 });
    const targets = [board.stickies.a, board.stickies.b, board.stickies.a, board.stickies.c];
    const results = await Promise.all(targets.map((id) => cast(f, vote.id, f.as.commenter, id)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 201, 409]);
    const refused = results.find((r) => r.status === 409);
    expect(refused?.body).toMatchObject({ error: { code: 'conflict', details: { reason: 'noDotsLeft' } } });
    const mine = await read(f, vote.id, f.as.commenter);
    expect(mine.myDots).toHaveLength(3);
    expect(mine.dotsCast).toBe(3);
    // Many more racing requests from two people at once still stop at N each.
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        cast(f, vote.id, i % 2 ? f.as.ghentEditor : f.as.hueEditor, board.stickies.b),
      ),
    );
    expect(burst.filter((r) => r.status === 201)).toHaveLength(6);
    expect((await read(f, vote.id, f.as.facilitator)).dotsCast).toBe(9);
  });
});

describe('dot votes on SQLite', () => {
  let f: PlanFixture;
  let board: VoteBoard;
  beforeAll(async () => {
    f = await createPlanFixture();
    board = await createVoteBoard(f.t, f.workspaceId, f.as.facilitator);
  });
  afterAll(async () => {
    await f?.close();
  });

  it('hides per-target counts before reveal, shows them after, with names only when named', async () => {
    const vote = await openVote(f, board);
    expect(vote).toMatchObject({ status: 'open', dotsPerPerson: 3, myDots: [], voters: 0, results: null });
    expect((await cast(f, vote.id, f.as.commenter, board.stickies.a)).status).toBe(201);
    expect((await cast(f, vote.id, f.as.commenter, board.stickies.a)).status).toBe(201);
    expect((await cast(f, vote.id, f.as.ghentEditor, board.stickies.b)).status).toBe(201);

    const before = await read(f, vote.id, f.as.ghentEditor);
    expect(before).toMatchObject({ myDots: [board.stickies.b], voters: 2, dotsCast: 3, results: null });
    const listed = await api(f.t.url, 'GET', `/api/documents/${board.documentId}/votes`, { as: f.as.viewer });
    expect(listed.status).toBe(200);
    expect((listed.body as { votes: Vote[] }).votes.find((v) => v.id === vote.id)?.results).toBeNull();

    expect((await step(f, vote.id, 'reveal', f.as.ghentEditor)).status).toBe(403);
    const revealed = await step(f, vote.id, 'reveal');
    expect(revealed.status).toBe(200);
    const after = await read(f, vote.id, f.as.viewer);
    expect(after.status).toBe('revealed');
    expect(after.results).toEqual([
      {
        targetId: board.stickies.a,
        count: 2,
        voters: [
          { userId: f.users.commenter.id, name: 'Lê Commenter' },
          { userId: f.users.commenter.id, name: 'Lê Commenter' },
        ],
      },
      {
        targetId: board.stickies.b,
        count: 1,
        voters: [{ userId: f.users.ghentEditor.id, name: 'Jan Peeters' }],
      },
    ]);
    // Voting goes on after reveal, counts live.
    expect((await cast(f, vote.id, f.as.hueEditor, board.stickies.b)).status).toBe(201);
    expect((await read(f, vote.id, f.as.viewer)).results?.map((r) => r.count)).toEqual([2, 2]);
  });

  it('anonymous votes never name voters', async () => {
    const vote = await openVote(f, board, { anonymous: true });
    await cast(f, vote.id, f.as.commenter, board.stickies.c);
    await step(f, vote.id, 'close');
    const closed = await read(f, vote.id, f.as.facilitator);
    expect(closed.results).toEqual([{ targetId: board.stickies.c, count: 1 }]);
    expect(JSON.stringify(closed)).not.toContain('Lê Commenter');
  });

  it('takes a dot back while open; a closed vote refuses dots and take-backs but keeps its result', async () => {
    const vote = await openVote(f, board, { dotsPerPerson: 2 });
    await cast(f, vote.id, f.as.commenter, board.stickies.a);
    await cast(f, vote.id, f.as.commenter, board.stickies.b);
    expect((await cast(f, vote.id, f.as.commenter, board.stickies.c)).status).toBe(409);
    const back = await takeBack(f, vote.id, f.as.commenter, board.stickies.a);
    expect(back.status).toBe(200);
    expect((back.body as { vote: Vote }).vote.myDots).toEqual([board.stickies.b]);
    expect((await takeBack(f, vote.id, f.as.commenter, board.stickies.a)).status).toBe(409);
    expect((await cast(f, vote.id, f.as.commenter, board.stickies.c)).status).toBe(201);

    const closed = await step(f, vote.id, 'close');
    expect(closed.status).toBe(200);
    expect((closed.body as { vote: Vote }).vote).toMatchObject({ status: 'closed' });
    const refused = await cast(f, vote.id, f.as.ghentEditor, board.stickies.a);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { details: { reason: 'closed' } } });
    expect((await takeBack(f, vote.id, f.as.commenter, board.stickies.b)).status).toBe(409);
    expect((await step(f, vote.id, 'reveal')).status).toBe(409);
    const kept = await read(f, vote.id, f.as.commenter);
    expect(kept.results?.map((r) => [r.targetId, r.count]).sort()).toEqual(
      [
        [board.stickies.b, 1],
        [board.stickies.c, 1],
      ].sort(),
    );
  });

  it('refuses viewers, outsiders and non-facilitators where they have no right', async () => {
    const vote = await openVote(f, board);
    expect((await cast(f, vote.id, f.as.viewer, board.stickies.a)).status).toBe(403);
    expect((await cast(f, vote.id, f.as.outsider, board.stickies.a)).status).toBe(403);
    expect((await api(f.t.url, 'GET', `/api/votes/${vote.id}`, { as: f.as.outsider })).status).toBe(403);
    expect((await api(f.t.url, 'GET', `/api/votes/${vote.id}`, {})).status).toBe(401);
    const byEditor = await api(f.t.url, 'POST', `/api/documents/${board.documentId}/votes`, {
      as: f.as.ghentEditor,
      body: { title: 'Mine', dotsPerPerson: 3, anonymous: false },
    });
    expect(byEditor.status).toBe(403);
    expect((await step(f, vote.id, 'close', f.as.hueEditor)).status).toBe(403);
    expect((await api(f.t.url, 'DELETE', `/api/votes/${vote.id}`, { as: f.as.commenter })).status).toBe(403);
    expect((await api(f.t.url, 'DELETE', `/api/votes/${vote.id}`, { as: f.as.facilitator })).status).toBe(
      204,
    );
    expect((await api(f.t.url, 'GET', `/api/votes/${vote.id}`, { as: f.as.facilitator })).status).toBe(404);
    expect((await cast(f, vote.id, f.as.commenter, board.stickies.a)).status).toBe(404);
  });

  it('checks targets against the live board and the vote’s area', async () => {
    const vote = await openVote(f, board, { area: { x: -10, y: -10, w: 420, h: 200 } });
    const expectBad = async (targetId: string, message: RegExp) => {
      const res = await cast(f, vote.id, f.as.commenter, targetId);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect((res.body as { error: { message: string } }).error.message).toMatch(message);
    };
    await expectBad('no-such-shape', /no shape/);
    await expectBad(board.rectId, /not a sticky/);
    await expectBad(board.stickies.c, /outside/);
    await expectBad(board.stickies.far, /outside/);
    expect((await cast(f, vote.id, f.as.commenter, board.stickies.a)).status).toBe(201);
    expect((await cast(f, vote.id, f.as.commenter, board.stickies.b)).status).toBe(201);
  });

  it('answers bad input with a clear 4xx and stays up', async () => {
    const path = `/api/documents/${board.documentId}/votes`;
    const bad = [
      { title: '', dotsPerPerson: 3, anonymous: false },
      { title: 'T', dotsPerPerson: 0, anonymous: false },
      { title: 'T', dotsPerPerson: 21, anonymous: false },
      { title: 'T', dotsPerPerson: 2.5, anonymous: false },
      { title: 'T', dotsPerPerson: 3 },
      { title: 'T', dotsPerPerson: 3, anonymous: false, area: { x: 0, y: 0, w: -5, h: 10 } },
      { title: 'T', dotsPerPerson: 3, anonymous: false, area: { x: 'a', y: 0, w: 5, h: 10 } },
    ];
    for (const body of bad) {
      const res = await api(f.t.url, 'POST', path, { as: f.as.facilitator, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'validation_failed' } });
    }
    const unknownSession = await api(f.t.url, 'POST', path, {
      as: f.as.facilitator,
      body: { title: 'T', dotsPerPerson: 3, anonymous: false, sessionId: 'nope' },
    });
    expect(unknownSession.status).toBe(400);
    expect(
      (await api(f.t.url, 'POST', '/api/documents/nope/votes', { as: f.as.facilitator, body: bad[0] }))
        .status,
    ).toBe(400);
    const planWithArea = await api(f.t.url, 'POST', `/api/documents/${await f.newPlan('P')}/votes`, {
      as: f.as.facilitator,
      body: { title: 'T', dotsPerPerson: 3, anonymous: false, area: { x: 0, y: 0, w: 5, h: 5 } },
    });
    expect(planWithArea.status).toBe(400);
    const note = await api(f.t.url, 'POST', `/api/workspaces/${f.workspaceId}/documents`, {
      as: f.as.facilitator,
      body: { type: 'note', title: 'N' },
    });
    const noteId = (note.body as { document: { id: string } }).document.id;
    const onNote = await api(f.t.url, 'POST', `/api/documents/${noteId}/votes`, {
      as: f.as.facilitator,
      body: { title: 'T', dotsPerPerson: 3, anonymous: false },
    });
    expect(onNote.status).toBe(400);
    const vote = await openVote(f, board);
    for (const body of [{}, { targetId: '' }, { targetId: 5 }, { targetId: 'x'.repeat(200) }]) {
      expect(
        (await api(f.t.url, 'POST', `/api/votes/${vote.id}/dots`, { as: f.as.commenter, body })).status,
      ).toBe(400);
    }
    expect(
      (
        await api(f.t.url, 'POST', `/api/votes/${vote.id}/dots`, {
          as: f.as.commenter,
          rawBody: '{"targetId":',
        })
      ).status,
    ).toBe(400);
    expect((await api(f.t.url, 'GET', '/healthz')).status).toBe(200);
  });

  it('a member added after the vote opened can vote; a socket connecting after reveal sees changes', async () => {
    const vote = await openVote(f, board, { dotsPerPerson: 1 });
    const late = await signUp(f.t.url, 'Lara Late');
    expect((await cast(f, vote.id, { cookie: late.cookie }, board.stickies.a)).status).toBe(403);
    await f.t.server.services.workspaces.admit(f.workspaceId, late.id, 'commenter');
    expect((await cast(f, vote.id, { cookie: late.cookie }, board.stickies.a)).status).toBe(201);
    expect((await step(f, vote.id, 'reveal')).status).toBe(200);

    // Joins only now: reads the revealed result, and hears the next change.
    const events = await present(f, f.users.viewer.cookie);
    expect((await read(f, vote.id, f.as.viewer)).results).toEqual([
      { targetId: board.stickies.a, count: 1, voters: [{ userId: late.id, name: 'Lara Late' }] },
    ]);
    expect((await cast(f, vote.id, f.as.commenter, board.stickies.b)).status).toBe(201);
    await vi.waitFor(
      () =>
        expect(events).toContainEqual([
          'votes:changed',
          { workspaceId: f.workspaceId, documentId: board.documentId, voteId: vote.id },
        ]),
      { timeout: 2000 },
    );
    expect((await read(f, vote.id, f.as.viewer)).results?.map((r) => r.count)).toEqual([1, 1]);
  });

  it('votes on an action plan take its items as targets', async () => {
    const planId = await f.newPlan('Logframe', { items: SAMPLE_ITEMS });
    const res = await api(f.t.url, 'POST', `/api/documents/${planId}/votes`, {
      as: f.as.facilitator,
      body: { title: 'Which first?', dotsPerPerson: 2, anonymous: true },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const vote = (res.body as { vote: Vote }).vote;
    expect((await cast(f, vote.id, f.as.commenter, 'act-1')).status).toBe(201);
    expect((await cast(f, vote.id, f.as.commenter, 'goal-1')).status).toBe(201);
    const bad = await cast(f, vote.id, f.as.ghentEditor, 'no-such-item');
    expect(bad.status).toBe(400);
    expect((bad.body as { error: { message: string } }).error.message).toMatch(/no item/);
    await step(f, vote.id, 'reveal');
    expect((await read(f, vote.id, f.as.viewer)).results?.map((r) => r.targetId).sort()).toEqual([
      'act-1',
      'goal-1',
    ]);
  });
});
