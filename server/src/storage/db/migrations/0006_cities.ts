import { randomUUID } from 'node:crypto';
import { cityKey, guessTimeZone } from '@weft/time';
import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../Database.ts';

/**
 * Cities become rows of a workspace (name, IANA zone, country, colour, order); members and invites
 * name the city they represent; sessions get a video-call link. Each workspace's old list of city
 * names becomes rows (zone from a small table of known cities, else UTC), and each member whose
 * profile city matches one of them (ignoring case and diacritics) is set to represent it.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('workspace_cities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('colour', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('workspace_cities_workspace')
    .on('workspace_cities')
    .columns(['workspace_id', 'position'])
    .execute();
  await db.schema.alterTable('workspace_members').addColumn('city_id', 'text').execute();
  await db.schema.alterTable('invites').addColumn('city_id', 'text').execute();
  await db.schema.alterTable('exchange_sessions').addColumn('video_url', 'text').execute();

  const { rows: workspaces } = await sql<{ id: string; cities: string[] | string }>`
    SELECT id, cities FROM workspaces`.execute(db);
  for (const w of workspaces) {
    const names = (typeof w.cities === 'string' ? JSON.parse(w.cities) : w.cities) as string[];
    const ids = new Map<string, string>();
    for (const [position, name] of names.entries()) {
      const key = cityKey(name);
      if (key === '' || ids.has(key)) continue;
      const id = randomUUID();
      ids.set(key, id);
      await sql`INSERT INTO workspace_cities (id, workspace_id, name, time_zone, country, colour, position)
        VALUES (${id}, ${w.id}, ${name}, ${guessTimeZone(name)}, NULL, NULL, ${position})`.execute(db);
    }
    if (ids.size === 0) continue;
    const { rows: members } = await sql<{ user_id: string; city: string }>`
      SELECT m.user_id, u.city FROM workspace_members m JOIN users u ON u.id = m.user_id
      WHERE m.workspace_id = ${w.id}`.execute(db);
    for (const m of members) {
      const cityId = ids.get(cityKey(m.city));
      if (!cityId) continue;
      await sql`UPDATE workspace_members SET city_id = ${cityId}
        WHERE workspace_id = ${w.id} AND user_id = ${m.user_id}`.execute(db);
    }
  }
}
