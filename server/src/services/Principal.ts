/** An authenticated caller: the user and the credential (session or API token) they used. */
export interface Principal {
  userId: string;
  /** `expiresAt` (epoch ms) is set for sessions; tokens last until revoked. */
  credential: { kind: 'session' | 'token'; id: string; expiresAt?: number };
}
