/** Someone a message may name, as the members list gives them. */
export interface Mentionable {
  userId: string;
  displayName: string;
}

export type BodySegment =
  | { kind: 'text'; text: string }
  | { kind: 'mention'; name: string; userId: string }
  | { kind: 'file'; name: string; fileId: string };

// Same markup the server reads (server/src/services/parseMentions.ts).
const MENTION_MARKUP = /@\[([^\]\n]{1,200})\]\(([A-Za-z0-9_-]{1,128})\)/g;
// An attached workspace file: a Markdown link to its address, readable in exports and e-mails too.
const SEGMENT_MARKUP =
  /@\[([^\]\n]{1,200})\]\(([A-Za-z0-9_-]{1,128})\)|\[([^\]\n]{1,200})\]\(\/api\/files\/([A-Za-z0-9_-]{1,128})\)/g;

/** The markup that attaches a workspace file to a message. */
export function fileMarkup(name: string, fileId: string): string {
  return `[${name.replace(/[[\]\n]/g, ' ')}](/api/files/${fileId})`;
}

/** A message body split into text, mentions and attached files, for display. */
export function parseBody(body: string): BodySegment[] {
  const out: BodySegment[] = [];
  let last = 0;
  for (const m of body.matchAll(SEGMENT_MARKUP)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ kind: 'text', text: body.slice(last, at) });
    if (m[4]) out.push({ kind: 'file', name: m[3] ?? '', fileId: m[4] });
    else out.push({ kind: 'mention', name: m[1] ?? '', userId: m[2] ?? '' });
    last = at + m[0].length;
  }
  if (last < body.length) out.push({ kind: 'text', text: body.slice(last) });
  return out;
}

/**
 * What the writer typed (`@Lan Nguyễn`) with the people picked from the autocomplete turned into
 * markup (`@[Lan Nguyễn](u1)`); longer names first so "@Lan Nguyễn" wins over "@Lan".
 */
export function toMarkup(text: string, picked: readonly Mentionable[]): string {
  const byLength = [...picked].sort((a, b) => b.displayName.length - a.displayName.length);
  let out = text;
  for (const person of byLength) {
    const name = person.displayName.replace(/[\]\n]/g, ' ');
    const plain = `@${person.displayName}`;
    const placeholder = `\u0000${person.userId}\u0000`;
    out = out.split(plain).join(placeholder);
    out = out.split(placeholder).join(`@[${name}](${person.userId})`);
  }
  return out;
}

/** The editable text of a stored body, and the people it mentions. */
export function fromMarkup(body: string): { text: string; picked: Mentionable[] } {
  const picked = new Map<string, Mentionable>();
  const text = body.replace(MENTION_MARKUP, (_all, name: string, userId: string) => {
    picked.set(userId, { userId, displayName: name });
    return `@${name}`;
  });
  return { text, picked: [...picked.values()] };
}

/**
 * The "@query" being typed just before the caret, if any. A name already picked and followed by a
 * space (`@Lan Nguyễn `) is finished, not a query, so the list does not reopen after a pick.
 */
export function mentionQueryAt(
  text: string,
  caret: number,
  picked: readonly Mentionable[] = [],
): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0) return null;
  if (at > 0 && !/\s/.test(before[at - 1] ?? '')) return null;
  const query = before.slice(at + 1);
  if (query.length > 40 || /[\n@]/.test(query)) return null;
  if (/\s$/.test(query) && picked.some((p) => p.displayName === query.trimEnd())) return null;
  return { start: at, query };
}

/** Case- and accent-insensitive form: "Nguyễn" and "nguyen" match, as do "Đức" and "duc". */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLocaleLowerCase();
}

/** Members whose name, or a word of it, starts with `query`; at most `limit`. */
export function matchMembers<T extends Mentionable>(members: readonly T[], query: string, limit = 6): T[] {
  const q = foldForSearch(query.trim());
  return members
    .filter((m) => {
      const name = foldForSearch(m.displayName);
      return q === '' || name.startsWith(q) || name.split(/\s+/).some((w) => w.startsWith(q));
    })
    .slice(0, limit);
}
