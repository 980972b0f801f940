/** One email ready for SMTP. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** `<id@domain>`; the same on every attempt at the same mail, so a repeat is recognisable. */
  messageId: string;
  language: string;
  headers: Record<string, string>;
}

/** A refusal that retrying will not change (an SMTP 5xx reply). */
export class PermanentMailError extends Error {
  override name = 'PermanentMailError';
}

export interface MailTransport {
  /** Resolves once the server accepted the mail; throws PermanentMailError or any retryable error. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}
