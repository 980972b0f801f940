import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtp {
  /** `smtp://127.0.0.1:<port>` for SMTP_URL. */
  url: string;
  port: number;
  /** Every mail the server accepted (or read in full before a reply), in order. */
  messages: ParsedMail[];
  /** Stops listening (connections are refused) until `start()`: an outage. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Refuses every recipient with this reply from now on. */
  reject(code: number, message: string): void;
  /** Reads mails in full but holds the reply until `release()`. */
  hold(): void;
  release(): void;
  close(): Promise<void>;
}

/** A real SMTP server in this process (no TLS, any login) that parses what arrives. */
export async function startSmtpServer(port = 0): Promise<TestSmtp> {
  const messages: ParsedMail[] = [];
  let held: (() => void)[] | null = null;
  let refusal: { code: number; message: string } | null = null;
  let server: SMTPServer | null = null;
  let boundPort = port;
  const open = () =>
    new Promise<void>((resolve, reject) => {
      const s = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        // An outage drops open connections quickly instead of waiting for them.
        closeTimeout: 100,
        onRcptTo(_address, _session, callback) {
          if (!refusal) return callback();
          callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
        },
        onData(stream, _session, callback) {
          simpleParser(stream).then(
            (mail) => {
              messages.push(mail);
              if (held) held.push(() => callback());
              else callback();
            },
            (err: Error) => callback(err),
          );
        },
      });
      s.on('error', () => {});
      s.listen(boundPort, '127.0.0.1', () => {
        const address = s.server.address();
        if (address && typeof address === 'object') boundPort = address.port;
        server = s;
        resolve();
      });
      s.server.once('error', reject);
    });
  const shut = () =>
    new Promise<void>((resolve) => {
      const s = server;
      server = null;
      if (!s) return resolve();
      s.close(() => resolve());
    });
  await open();
  return {
    get url() {
      return `smtp://127.0.0.1:${boundPort}`;
    },
    get port() {
      return boundPort;
    },
    messages,
    stop: shut,
    start: open,
    reject(code, message) {
      refusal = { code, message };
    },
    hold() {
      held = [];
    },
    release() {
      const waiting = held ?? [];
      held = null;
      for (const reply of waiting) reply();
    },
    close: shut,
  };
}
