import { create, type Font } from 'fontkit';

const fonts = new WeakMap<Buffer, Font>();

/**
 * One fontkit font per font file, parsed once per worker: fontkit decodes a face's tables (GSUB
 * and GPOS above all) lazily on first use, so a warm worker keeps them decoded between exports.
 */
export function openFont(data: Buffer): Font {
  const known = fonts.get(data);
  if (known) return known;
  const font = create(data);
  if (!('layout' in font)) throw new Error('export font must be a single font, not a collection');
  fonts.set(data, font);
  return font;
}
