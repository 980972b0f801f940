import { randomBytes } from 'node:crypto';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { packDocx } from './packDocx.ts';

async function read(zip: JSZip, name: string): Promise<Buffer> {
  const file = zip.file(name);
  if (!file) throw new Error(`${name} is not in the zip`);
  return Buffer.from(await file.async('uint8array'));
}

function obfuscated(font: Uint8Array): Uint8Array {
  const out = Uint8Array.from(font);
  const key = randomBytes(32);
  for (let i = 0; i < 32; i++) out[i] = (out[i] ?? 0) ^ (key[i] ?? 0);
  return out;
}

describe('packDocx', () => {
  // Font-like data: compressible but not trivially so.
  const font = Buffer.from(Array.from({ length: 300_000 }, (_, i) => ((i * 7919) % 251) ^ (i >> 9)));
  const parts = new Map<string, string | Uint8Array>([
    ['[Content_Types].xml', '<?xml version="1.0"?><Types>'.padEnd(500, ' ')],
    ['word/document.xml', `<w:document>${'<w:p>Hợp tác dệt may — हिंदी पाठ</w:p>'.repeat(2000)}</w:document>`],
    ['tiny.bin', Uint8Array.of(1, 2, 3)],
    ['incompressible.bin', randomBytes(5000)],
    ['word/fonts/font1.odttf', obfuscated(font)],
  ]);

  it('writes a zip whose parts read back byte for byte, CRC checked', async () => {
    const zip = await JSZip.loadAsync(packDocx(parts, [font]), { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual([...parts.keys()]);
    for (const [name, content] of parts) {
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      expect((await read(zip, name)).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('compresses text and the font, stores what does not shrink, and reuses the font across documents', async () => {
    const first = packDocx(parts, [font]);
    const other = new Map(parts).set('word/fonts/font1.odttf', obfuscated(font));
    const second = await JSZip.loadAsync(packDocx(other, [font]), { checkCRC32: true });
    const fontPart = await read(second, 'word/fonts/font1.odttf');
    expect(fontPart.equals(Buffer.from(other.get('word/fonts/font1.odttf') as Uint8Array))).toBe(true);
    const rawTotal = [...parts.values()].reduce(
      (n, c) => n + (typeof c === 'string' ? Buffer.byteLength(c) : c.length),
      0,
    );
    expect(first.byteLength).toBeLessThan(rawTotal / 3);
  });

  it('compresses a font it was not given like any other part', async () => {
    const zip = await JSZip.loadAsync(packDocx(parts, []), { checkCRC32: true });
    const fontPart = await read(zip, 'word/fonts/font1.odttf');
    expect(fontPart.equals(Buffer.from(parts.get('word/fonts/font1.odttf') as Uint8Array))).toBe(true);
  });
});
