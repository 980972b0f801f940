/** An authenticated caller: the user and the credential (session or API token) they used. */
export interface Principal {
  userId: string;
  credential: { kind: 'session' | 'token'; id: string };
}
