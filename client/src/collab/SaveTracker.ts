/**
 * What the connection indicator shows:
 * - `connecting`: first attempt, nothing heard from the server yet;
 * - `reconnecting`: the link dropped and the provider retries by itself;
 * - `offline`: the browser reports no network; edits stay on this device;
 * - `connected`: online, but some local edits are not yet confirmed durable by the server;
 * - `saved`: the server has stored every local edit;
 * - `denied`: the server closed for good (access revoked, document too large).
 */
export type ConnectionState = 'connecting' | 'reconnecting' | 'offline' | 'connected' | 'saved' | 'denied';

export interface SaveSnapshot {
  state: ConnectionState;
  /** True while some local edit is not known to be on the server. */
  unsaved: boolean;
  /** True when every local edit is written to this device's storage (IndexedDB). */
  storedOnDevice: boolean;
}

/**
 * Knows whether the server has every local edit, without any server extension: the Weft server
 * answers a sync step 1 only once every update it received before it is durable, and a WebSocket
 * keeps order, so the step 2 answering a "probe" step 1 acknowledges every edit sent before it.
 * Step 2 answers come back in the order the step 1s went out (FIFO `pending`).
 */
export class SaveTracker {
  private localSeq = 0;
  private ackedSeq = 0;
  private editSeq = 0;
  private deviceSeq = 0;
  // One entry per step 1 in flight: the local sequence it covers, or null for the provider's own.
  private pending: (number | null)[] = [];
  private connected = false;
  private synced = false;
  private everConnected = false;
  private online = true;
  private deniedForGood = false;

  /** The provider opened a socket and sent its own sync step 1. */
  opened(): void {
    this.connected = true;
    this.everConnected = true;
    this.synced = false;
    this.pending = [null];
    // Its step 2 answer to the server may carry edits made while away; only a probe confirms them.
    this.localSeq++;
  }

  closed(): void {
    this.connected = false;
    this.synced = false;
    this.pending = [];
  }

  syncedWithServer(): void {
    if (this.connected) this.synced = true;
  }

  localUpdate(): void {
    this.localSeq++;
    this.editSeq++;
  }

  /** The edit count to hand to `storedOnDevice` once storage has everything written so far. */
  get edits(): number {
    return this.editSeq;
  }

  storedOnDevice(edits: number): void {
    if (edits > this.deviceSeq) this.deviceSeq = edits;
  }

  setOnline(online: boolean): void {
    this.online = online;
  }

  deny(): void {
    this.deniedForGood = true;
  }

  /** A probe is worth sending: synced, something unconfirmed, and no probe already in flight. */
  wantsProbe(): boolean {
    return (
      this.connected && this.synced && this.localSeq > this.ackedSeq && !this.pending.some((p) => p !== null)
    );
  }

  probeSent(): void {
    this.pending.push(this.localSeq);
  }

  /** The server answered one of our step 1s. */
  step2Received(): void {
    const covered = this.pending.shift();
    if (typeof covered === 'number' && covered > this.ackedSeq) this.ackedSeq = covered;
  }

  snapshot(): SaveSnapshot {
    const unsaved = this.localSeq > this.ackedSeq;
    return { state: this.state(unsaved), unsaved, storedOnDevice: this.deviceSeq >= this.editSeq };
  }

  private state(unsaved: boolean): ConnectionState {
    if (this.deniedForGood) return 'denied';
    if (!this.online) return 'offline';
    if (!this.connected || !this.synced) return this.everConnected ? 'reconnecting' : 'connecting';
    return unsaved ? 'connected' : 'saved';
  }
}
