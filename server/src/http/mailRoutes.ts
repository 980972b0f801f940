import { type EmailSettingsResponse, emailPreferencesSchema, type UnsubscribeResponse } from '@weft/protocol';
import { type Request, type Response, Router } from 'express';
import type { MailService } from '../mail/MailService.ts';
import { escapeHtml } from '../mail/renderMail.ts';
import { parseBody } from './parseBody.ts';
import { principalOf } from './principalOf.ts';

/** `GET/PUT /api/me/email`: the caller's email preferences, whether email is on, recent failures. */
export function mailRoutes(mail: MailService): Router {
  const router = Router();
  router.get('/api/me/email', async (_req, res) => {
    res.json((await mail.settings(principalOf(res).userId)) satisfies EmailSettingsResponse);
  });
  router.put('/api/me/email', async (req, res) => {
    const prefs = parseBody(emailPreferencesSchema, req.body);
    res.json((await mail.update(principalOf(res).userId, prefs)) satisfies EmailSettingsResponse);
  });
  return router;
}

/**
 * `GET|POST /api/email/unsubscribe?token=`: no login; the signed token is the credential, so it
 * is mounted before the CSRF guard (mail clients send RFC 8058 one-click POSTs without it).
 */
export function unsubscribeRoutes(mail: MailService): Router {
  const router = Router();
  const tokenOf = (req: Request) => (typeof req.query.token === 'string' ? req.query.token : '');
  router.post('/api/email/unsubscribe', async (req, res) => {
    res.json((await mail.unsubscribe(tokenOf(req))) satisfies UnsubscribeResponse);
  });
  router.get('/api/email/unsubscribe', async (req: Request, res: Response) => {
    const { scope } = await mail.unsubscribe(tokenOf(req));
    const what = { notices: 'immediate notices', digest: 'the daily digest', all: 'all email' }[scope];
    res
      .type('html')
      .send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Unsubscribed</title></head>` +
          `<body style="font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em"><h1>Unsubscribed</h1>` +
          `<p>You will no longer receive ${escapeHtml(what)} from Weft.</p><p><a href="/profile">Email preferences</a></p></body></html>`,
      );
  });
  return router;
}
