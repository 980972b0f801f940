import type { Version } from '@weft/protocol';
import type { DocumentVersionSummary } from '../../storage/DocumentVersionStore.ts';
import type { PlanVersionSummary } from '../../storage/PlanVersionStore.ts';
import { versionView as planVersionView } from '../actionPlan/signOffView.ts';

export function documentVersionView(v: DocumentVersionSummary, names: ReadonlyMap<string, string>): Version {
  return {
    id: v.id,
    documentId: v.documentId,
    name: v.name,
    kind: v.kind,
    createdAt: new Date(v.createdAt).toISOString(),
    createdBy: v.createdBy,
    createdByName: v.createdBy ? (names.get(v.createdBy) ?? null) : null,
    sessionId: v.sessionId,
  };
}

/** An agreed action-plan version in the common list; its last signer made it. */
export function agreedVersionView(v: PlanVersionSummary): Version {
  const last = v.signatures.at(-1);
  return {
    id: v.id,
    documentId: v.documentId,
    name: v.name,
    kind: 'agreed',
    createdAt: new Date(v.createdAt).toISOString(),
    createdBy: last?.userId ?? null,
    createdByName: last?.displayName ?? null,
    sessionId: null,
    agreed: planVersionView(v),
  };
}

/** ASCII and Unicode download names: `title — version name.ext`. */
export function versionFileNames(title: string, versionName: string, ext: string) {
  const clean = (s: string) =>
    [...s]
      .map((c) => ((c.codePointAt(0) ?? 0) < 0x20 || '/\\:*?"<>|'.includes(c) ? ' ' : c))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  const unicode = `${clean(title).slice(0, 120) || 'Document'} — ${clean(versionName).slice(0, 80)}.${ext}`;
  const ascii = `${
    unicode
      .slice(0, -(ext.length + 1))
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase() || 'version'
  }.${ext}`;
  return { ascii, unicode };
}
