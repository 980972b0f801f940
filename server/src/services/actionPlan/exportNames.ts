import { type ExportFormat, exportFileName } from '@weft/export/formats';

export interface ExportNames {
  /** ASCII slug, e.g. `hop-tac-det-may-v1-agreed.pdf`. */
  ascii: string;
  /** The title as written, e.g. `Hợp tác dệt may — Agreed v1.pdf`. */
  unicode: string;
}

const UNSAFE_IN_NAMES = new Set([...'/\\:*?"<>|']);

// Control characters and path separators could confuse a browser's or OS's save dialog.
function safeName(text: string): string {
  return [...text]
    .map((c) => {
      const code = c.codePointAt(0) ?? 0;
      return code < 0x20 || code === 0x7f || UNSAFE_IN_NAMES.has(c) ? ' ' : c;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Download names of an export; `versionNumber` marks an agreed version. */
export function exportNames(
  title: string,
  label: string,
  format: ExportFormat,
  versionNumber: number | null,
): ExportNames {
  const ascii =
    versionNumber === null
      ? exportFileName(title, label, format)
      : exportFileName(title, `${versionNumber}-agreed`, format);
  const base = [...safeName(title)].slice(0, 120).join('') || 'Action plan';
  const version = safeName(label);
  const suffix = versionNumber === null ? (version ? ` v${version}` : '') : ` — Agreed v${versionNumber}`;
  return { ascii, unicode: `${base}${suffix}.${format}` };
}
