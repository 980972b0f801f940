import { FILE_NAME_MAX_LENGTH } from '@weft/protocol';

// Control and format characters (bidi overrides can disguise `gpj.exe` as `exe.jpg`) and
// characters no file system or header accepts.
const UNSAFE = /[\p{Cc}\p{Cf}<>:"/\\|?*]/gu;

/**
 * A name safe to store, show and offer for download: no directories, control or bidi characters,
 * at most FILE_NAME_MAX_LENGTH characters, ending in `extension` (the type found in the bytes).
 */
export function sanitizeFileName(raw: string, extension: string): string {
  const lastPart = raw.split(/[/\\]/).pop() ?? '';
  let name = lastPart.normalize('NFC').replace(UNSAFE, '_').replace(/\s+/g, ' ').trim();
  name = name.replace(/^[.\s]+|[.\s]+$/g, '');
  const dot = name.lastIndexOf('.');
  let base = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  // The extension follows the content, so a JPEG called `tender.pdf` is saved as `tender.pdf.jpg`.
  if (ext && ext !== extension && !(extension === 'jpg' && ext === 'jpeg')) base = name;
  const suffix = `.${ext === 'jpeg' && extension === 'jpg' ? 'jpeg' : extension}`;
  base = Array.from(base.trim() || 'file')
    .slice(0, FILE_NAME_MAX_LENGTH - suffix.length)
    .join('')
    .trim();
  return `${base}${suffix}`;
}
