// Creates real accounts for the benchmark: one facilitator and workspace per group, and one member
// (with an API token) per client, through the public REST API.

const CITIES = ['Ghent', 'Huế', 'Tiruppur'];

interface Json {
  [key: string]: unknown;
}

async function call(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  cookie?: string,
): Promise<Json> {
  const res = await fetch(base + path, {
    method,
    headers: {
      'content-type': 'application/json',
      'x-requested-with': 'weft',
      ...(cookie ? { cookie } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
  const json = (text ? JSON.parse(text) : {}) as Json;
  const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('weft_session='));
  if (setCookie) json.__cookie = setCookie.split(';')[0];
  return json;
}

async function signUp(base: string, run: string, n: string): Promise<{ id: string; cookie: string }> {
  const res = await call(base, 'POST', '/api/auth/signup', {
    email: `bench-${run}-${n}@example.org`,
    password: 'benchmark password',
    displayName: `Bench user ${n}`,
    city: CITIES[Number(n.replace(/\D/g, '')) % CITIES.length],
  });
  return { id: (res.user as { id: string }).id, cookie: res.__cookie as string };
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
    const ws = await call(base, 'POST', '/api/workspaces', { title: `Bench ${w}` }, owner.cookie);
    const workspaceId = (ws.workspace as { id: string }).id;
    const invite = await call(
      base,
      'POST',
      `/api/workspaces/${workspaceId}/invites`,
      { role: 'editor' },
      owner.cookie,
    );
    groups.push({ workspaceId, inviteToken: invite.token as string });
  }
  const users: BenchUser[] = new Array(clients);
  const batch = 20;
  for (let start = 0; start < clients; start += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, clients - start) }, async (_, k) => {
        const i = start + k;
        const group = groups[i % workspaces] as { workspaceId: string; inviteToken: string };
        const user = await signUp(base, run, `m${i}`);
        await call(base, 'POST', `/api/invites/${group.inviteToken}/accept`, {}, user.cookie);
        const token = await call(base, 'POST', '/api/tokens', { name: 'bench' }, user.cookie);
        users[i] = { token: token.secret as string, workspaceId: group.workspaceId };
      }),
    );
  }
  return users;
}
