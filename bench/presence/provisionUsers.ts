// Creates real accounts for the benchmark: one facilitator and workspace per group, and one member
// (with an API token) per client, through the public REST API.

import {
  createInviteResponseSchema,
  createTokenResponseSchema,
  workspaceResponseSchema,
} from '@weft/protocol';
import { callWeftApi, signUpWeftUser } from '../src/weftApi.ts';

const CITIES = ['Ghent', 'Huế', 'Tiruppur'];

async function signUp(base: string, run: string, n: string): Promise<{ id: string; cookie: string }> {
  return signUpWeftUser(base, {
    email: `bench-${run}-${n}@example.org`,
    displayName: `Bench user ${n}`,
    city: CITIES[Number(n.replace(/\D/g, '')) % CITIES.length] as string,
  });
}

export interface BenchUser {
  token: string;
  workspaceId: string;
}

/** `clients` members spread over `workspaces` workspaces, each with an API token. */
export async function provisionUsers(
  base: string,
  run: string,
  clients: number,
  workspaces: number,
): Promise<BenchUser[]> {
  const groups: { workspaceId: string; inviteToken: string }[] = [];
  for (let w = 0; w < workspaces; w++) {
    const owner = await signUp(base, run, `f${w}`);
    const ws = await callWeftApi(base, 'POST', '/api/workspaces', {
      body: { title: `Bench ${w}` },
      cookie: owner.cookie,
    });
    const workspaceId = workspaceResponseSchema.parse(ws.body).workspace.id;
    const invite = await callWeftApi(base, 'POST', `/api/workspaces/${workspaceId}/invites`, {
      body: { role: 'editor' },
      cookie: owner.cookie,
    });
    groups.push({ workspaceId, inviteToken: createInviteResponseSchema.parse(invite.body).token });
  }
  const users: BenchUser[] = new Array(clients);
  const batch = 20;
  for (let start = 0; start < clients; start += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, clients - start) }, async (_, k) => {
        const i = start + k;
        const group = groups[i % workspaces] as { workspaceId: string; inviteToken: string };
        const user = await signUp(base, run, `m${i}`);
        await callWeftApi(base, 'POST', `/api/invites/${group.inviteToken}/accept`, {
          body: {},
          cookie: user.cookie,
        });
        const token = await callWeftApi(base, 'POST', '/api/tokens', {
          body: { name: 'bench' },
          cookie: user.cookie,
        });
        users[i] = {
          token: createTokenResponseSchema.parse(token.body).secret,
          workspaceId: group.workspaceId,
        };
      }),
    );
  }
  return users;
}
