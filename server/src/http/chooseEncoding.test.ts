import { describe, expect, it } from 'vitest';
import { chooseEncoding } from './chooseEncoding.ts';

const BOTH = ['br', 'gzip'] as const;

describe('chooseEncoding', () => {
  it('prefers brotli when a browser accepts both with equal weight, whatever their order', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', BOTH)).toBe('br');
    expect(chooseEncoding('br, gzip', BOTH)).toBe('br');
  });

  it('falls back to gzip, then to the file as it is', () => {
    expect(chooseEncoding('gzip, deflate', BOTH)).toBe('gzip');
    expect(chooseEncoding('gzip, br', ['gzip'])).toBe('gzip');
    expect(chooseEncoding('deflate', BOTH)).toBeNull();
    expect(chooseEncoding(undefined, BOTH)).toBeNull();
    expect(chooseEncoding('', BOTH)).toBeNull();
    expect(chooseEncoding('br, gzip', [])).toBeNull();
  });

  it('honours q-values, refusals and the wildcard', () => {
    expect(chooseEncoding('br;q=0.5, gzip;q=0.9', BOTH)).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip', BOTH)).toBe('gzip');
    expect(chooseEncoding('*', BOTH)).toBe('br');
    expect(chooseEncoding('*;q=0.5, br;q=0', BOTH)).toBe('gzip');
    expect(chooseEncoding('X-GZIP', BOTH)).toBe('gzip');
  });

  it('sends the file as it is when the client prefers identity', () => {
    expect(chooseEncoding('gzip;q=0.2, identity', BOTH)).toBeNull();
    expect(chooseEncoding('gzip;q=0.2, identity;q=0', BOTH)).toBe('gzip');
  });
});
