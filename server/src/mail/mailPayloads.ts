/** What an outbox row carries; rendered when sent, in the reader's language and zone then. */
export const NoticeType = { mention: 'mention', reply: 'reply', signOff: 'signOff' } as const;
export type NoticeType = (typeof NoticeType)[keyof typeof NoticeType];

export interface NoticePayload {
  type: NoticeType;
  workspaceId: string;
  workspaceTitle: string;
  documentTitle: string;
  /** Path inside Weft, e.g. `/workspaces/w/notes/d?thread=t`. */
  link: string;
  actorName: string;
  /** The comment quoted; empty for a sign-off request. */
  body: string;
  /** The city whose sign-off is asked for. */
  city: string;
  at: number;
}

export interface DigestItem {
  workspaceTitle: string;
  title: string;
  actorName: string;
  text: string;
  link: string;
  at: number;
}

export interface DigestPayload {
  /** The reader's local date of the digest, `YYYY-MM-DD`. */
  date: string;
  comments: DigestItem[];
  documents: DigestItem[];
  /** `at` is the session's start. */
  sessions: DigestItem[];
  /** `text` is the plan's status. */
  plans: DigestItem[];
}

export interface InvitePayload {
  inviterName: string;
  workspaceTitle: string;
  role: string;
  /** The city the invite names (absent in mails queued before cities, or when chosen on joining). */
  city?: string | null;
  /** Absolute link holding the invite token. */
  url: string;
  expiresAt: number;
  language: string;
}
