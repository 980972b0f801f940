/** Inline mention markup: `@[Display Name](userId)`, as the client's autocomplete inserts it. */
const MENTION_MARKUP = /@\[([^\]\n]{1,200})\]\(([A-Za-z0-9_-]{1,128})\)/g;

/** Every user a message mentions (markup and the explicit list), first mention first, no repeats. */
export function mentionedUserIds(body: string, explicit: readonly string[] = []): string[] {
  const fromMarkup = [...body.matchAll(MENTION_MARKUP)].map((m) => m[2] as string);
  return [...new Set([...fromMarkup, ...explicit])];
}

/** The body as plain text for feeds and exports: `@[Name](id)` becomes `@Name`. */
export function renderMentions(body: string): string {
  return body.replace(MENTION_MARKUP, (_all, name: string) => `@${name}`);
}

/** A one-line excerpt of at most `max` characters, whole code points only. */
export function excerpt(body: string, max = 200): string {
  const line = renderMentions(body).replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length <= max ? line : `${chars.slice(0, max - 1).join('')}…`;
}
