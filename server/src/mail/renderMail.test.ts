import type { Language } from '@weft/protocol';
import { describe, expect, it } from 'vitest';
import type { NoticePayload } from './mailPayloads.ts';
import { MAIL_TEXTS } from './mailTexts.ts';
import { type RenderContext, renderDigest, renderInvite, renderNotices } from './renderMail.ts';

const ctx = (language: Language): RenderContext => ({
  language,
  timeZone: 'Asia/Kolkata',
  city: 'Pune',
  baseUrl: 'https://weft.example.org',
  unsubscribeUrl: 'https://weft.example.org/api/email/unsubscribe?token=a.b',
  preferencesUrl: 'https://weft.example.org/profile',
});

const notice: NoticePayload = {
  type: 'mention',
  workspaceId: 'w',
  workspaceTitle: 'Pune & Gent',
  documentTitle: '<script>alert(1)</script>',
  link: '/workspaces/w/notes/d?thread=t&x=1',
  actorName: 'प्रिया',
  body: 'line one\n"line" two',
  city: '',
  at: 0,
};

describe('renderMail', () => {
  it('escapes every value in HTML and keeps text readable, with unsubscribe and preferences', () => {
    const mail = renderNotices([notice], ctx('en'));
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&#60;script&#62;');
    expect(mail.html).toContain('href="https://weft.example.org/workspaces/w/notes/d?thread=t&#38;x=1"');
    expect(mail.text).toContain('> line one\n> "line" two');
    expect(mail.text).toContain('Unsubscribe: https://weft.example.org/api/email/unsubscribe?token=a.b');
    expect(mail.text).toContain('Email preferences: https://weft.example.org/profile');
    expect(mail.subject).toBe('प्रिया in “<script>alert(1)</script>”');
    // When it happened, in the reader's zone (Asia/Kolkata) with their city named.
    expect(mail.text).toContain('1 Jan 1970, 05:30 GMT+5:30 (Pune)');
  });

  it('speaks each of the four languages, Hindi included', () => {
    for (const language of ['en', 'nl', 'vi', 'hi'] as const) {
      const mail = renderNotices([notice], ctx(language));
      expect(mail.text).toContain(MAIL_TEXTS[language].unsubscribe);
      expect(mail.html).toContain(`<html lang="${language}">`);
    }
    expect(renderNotices([notice], ctx('hi')).text).toContain(
      'ने “<script>alert(1)</script>” (Pune & Gent) में आपका उल्लेख किया',
    );
  });

  it('shows a session in the reader’s zone with their city, and the digest date in their language', () => {
    const mail = renderDigest(
      {
        date: '2026-03-29',
        comments: [],
        documents: [],
        plans: [],
        sessions: [
          {
            workspaceTitle: 'W',
            title: 'Phiên 3',
            actorName: '',
            text: '',
            link: '/s',
            at: Date.parse('2026-03-31T07:00:00Z'),
          },
        ],
      },
      ctx('nl'),
    );
    expect(mail.subject).toContain('29 maart 2026');
    expect(mail.text).toMatch(/Phiên 3 \(W\) — .*12:30.* \(Pune\)/);
  });

  it('an invitation carries the link and its expiry', () => {
    const mail = renderInvite(
      {
        inviterName: 'Els',
        workspaceTitle: 'W',
        role: 'editor',
        city: 'Huế',
        url: 'https://x/invite/t',
        expiresAt: 0,
        language: 'en',
      },
      ctx('en'),
    );
    expect(mail.text).toContain('You will represent Huế.');
    expect(mail.text).toContain('Accept the invitation: https://x/invite/t');
    expect(mail.text).toContain('The link works until');
  });
});
