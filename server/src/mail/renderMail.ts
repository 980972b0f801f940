import type { Language } from '@weft/protocol';
import { formatInZone } from '@weft/time';
import type { DigestItem, DigestPayload, InvitePayload, NoticePayload } from './mailPayloads.ts';
import { DATE_LOCALE, fill, MAIL_TEXTS, type MailTexts } from './mailTexts.ts';

export interface RenderContext {
  language: Language;
  timeZone: string;
  /** The reader's city, named next to times shown in its zone. */
  city: string;
  /** Origin links start with, e.g. `https://weft.example.org`. */
  baseUrl: string;
  /** Absent for mails without one (none today: every mail has it). */
  unsubscribeUrl: string;
  preferencesUrl: string | null;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One part of a mail, written once for both the text and the HTML version. */
type Block =
  | { type: 'p'; text: string }
  | { type: 'quote'; text: string }
  | { type: 'link'; label: string; href: string }
  | { type: 'h'; text: string }
  | { type: 'item'; text: string; href: string };

function blockText(b: Block): string {
  if (b.type === 'p') return b.text;
  if (b.type === 'quote')
    return b.text
      .split('\n')
      .map((l) => `> ${l}`)
      .join('\n');
  if (b.type === 'link') return `${b.label}: ${b.href}`;
  if (b.type === 'h') return `\n${b.text}\n${'-'.repeat(Math.min(60, b.text.length))}`;
  return `- ${b.text}\n  ${b.href}`;
}

function blockHtml(b: Block): string {
  if (b.type === 'p') return `<p>${escapeHtml(b.text)}</p>`;
  if (b.type === 'quote')
    return `<blockquote style="margin:0 0 1em;padding-left:1em;border-left:3px solid #ccc;white-space:pre-wrap">${escapeHtml(b.text)}</blockquote>`;
  if (b.type === 'link') return `<p><a href="${escapeHtml(b.href)}">${escapeHtml(b.label)}</a></p>`;
  if (b.type === 'h') return `<h2 style="font-size:1.1em">${escapeHtml(b.text)}</h2>`;
  return `<p>• <a href="${escapeHtml(b.href)}">${escapeHtml(b.text)}</a></p>`;
}

function toText(blocks: readonly Block[]): string {
  return blocks.map(blockText).join('\n\n');
}

function toHtml(blocks: readonly Block[], lang: string): string {
  const body = blocks.map(blockHtml).join('\n');
  return `<!doctype html>\n<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"></head><body style="font-family:sans-serif;line-height:1.5">\n${body}\n</body></html>`;
}

/** An instant in the reader's zone and language, with their city named: `30 Mar 2026, 14:00 GMT+7 (Huế)`. */
function localTime(at: number, ctx: RenderContext): string {
  const time = formatInZone(at, ctx.timeZone, DATE_LOCALE[ctx.language]);
  return ctx.city ? `${time} (${ctx.city})` : time;
}

function footer(t: MailTexts, ctx: RenderContext, invite: boolean): Block[] {
  const blocks: Block[] = [{ type: 'p', text: invite ? t.inviteFooter : t.footer }];
  if (ctx.preferencesUrl) blocks.push({ type: 'link', label: t.preferences, href: ctx.preferencesUrl });
  blocks.push({ type: 'link', label: t.unsubscribe, href: ctx.unsubscribeUrl });
  return blocks;
}

function finish(subject: string, blocks: Block[], ctx: RenderContext): RenderedMail {
  return { subject, text: `${toText(blocks)}\n`, html: toHtml(blocks, ctx.language) };
}

export function renderNotices(notices: readonly NoticePayload[], ctx: RenderContext): RenderedMail {
  const t = MAIL_TEXTS[ctx.language];
  const blocks: Block[] = [];
  for (const n of notices) {
    const values = {
      actor: n.actorName,
      document: n.documentTitle,
      workspace: n.workspaceTitle,
      city: n.city,
    };
    const line = n.type === 'mention' ? t.mention : n.type === 'reply' ? t.reply : t.signOff;
    blocks.push({ type: 'p', text: fill(line, values) });
    if (n.body) blocks.push({ type: 'quote', text: n.body });
    blocks.push({ type: 'p', text: localTime(n.at, ctx) });
    blocks.push({ type: 'link', label: t.open, href: ctx.baseUrl + n.link });
  }
  const [only] = notices;
  const subject =
    notices.length === 1 && only
      ? fill(t.noticeSubject, { actor: only.actorName, document: only.documentTitle })
      : fill(t.noticeSubjectMany, { count: notices.length });
  return finish(subject, [...blocks, ...footer(t, ctx, false)], ctx);
}

export function renderDigest(d: DigestPayload, ctx: RenderContext): RenderedMail {
  const t = MAIL_TEXTS[ctx.language];
  const locale = DATE_LOCALE[ctx.language];
  const item = (i: DigestItem, text: string): Block => ({ type: 'item', text, href: ctx.baseUrl + i.link });
  const blocks: Block[] = [{ type: 'p', text: t.digestIntro }];
  const section = (heading: string, items: DigestItem[], line: (i: DigestItem) => string) => {
    if (items.length === 0) return;
    blocks.push({ type: 'h', text: heading });
    for (const i of items) blocks.push(item(i, line(i)));
  };
  section(t.newComments, d.comments, (i) => `${i.actorName} — “${i.title}” (${i.workspaceTitle}): ${i.text}`);
  section(t.newDocuments, d.documents, (i) => `“${i.title}” (${i.workspaceTitle}) — ${i.actorName}`);
  section(t.upcomingSessions, d.sessions, (i) =>
    fill(t.sessionLine, {
      title: `${i.title} (${i.workspaceTitle})`,
      time: formatInZone(i.at, ctx.timeZone, locale),
      city: ctx.city || ctx.timeZone,
    }),
  );
  section(t.planStatus, d.plans, (i) =>
    fill(t.planStatusLine, {
      document: i.title,
      status: t.status[i.text as keyof MailTexts['status']] ?? i.text,
    }),
  );
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.parse(`${d.date}T12:00:00Z`),
  );
  const subject = fill(t.digestSubject, { date });
  return finish(subject, [...blocks, ...footer(t, ctx, false)], ctx);
}

export function renderInvite(p: InvitePayload, ctx: RenderContext): RenderedMail {
  const t = MAIL_TEXTS[ctx.language];
  const values = { inviter: p.inviterName, workspace: p.workspaceTitle, role: p.role };
  const blocks: Block[] = [
    { type: 'p', text: fill(t.inviteBody, values) },
    ...(p.city ? [{ type: 'p' as const, text: fill(t.inviteCity, { city: p.city }) }] : []),
    { type: 'link', label: t.inviteAccept, href: p.url },
    {
      type: 'p',
      text: fill(t.inviteExpires, {
        time: formatInZone(p.expiresAt, ctx.timeZone, DATE_LOCALE[ctx.language]),
      }),
    },
  ];
  return finish(fill(t.inviteSubject, values), [...blocks, ...footer(t, ctx, true)], ctx);
}
