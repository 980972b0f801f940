/** A failed API call: `status` 0 means the request never reached the server (offline). */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }

  get isOffline(): boolean {
    return this.status === 0;
  }
}
