import { getNoteFragment, readActionPlan, readWhiteboard } from '@weft/model';
import type { Version, VersionExportFormat } from '@weft/protocol';
import * as Y from 'yjs';
import type { DocumentMetaRecord } from '../../storage/DocumentMetaStore.ts';
import type { PlanExporter } from '../actionPlan/createExportPool.ts';
import { invalid } from '../errors.ts';
import { noteToMarkdown } from './noteToMarkdown.ts';
import { versionFileNames } from './versionViews.ts';

/** What a version export produced. */
export interface VersionFile {
  body: Uint8Array;
  contentType: string;
  names: { ascii: string; unicode: string };
}

/** Which export formats each document type offers for a version (svg/png of boards come from the client). */
export const VERSION_EXPORT_FORMATS: Record<DocumentMetaRecord['type'], readonly VersionExportFormat[]> = {
  note: ['md', 'json'],
  actionPlan: ['pdf', 'docx', 'md', 'csv', 'json'],
  whiteboard: ['json'],
};

interface RenderInput {
  document: DocumentMetaRecord;
  version: Version;
  state: Uint8Array;
  format: VersionExportFormat;
  exporter: PlanExporter;
}

/** A version's content as a file in one of the formats its document type exports. */
export async function renderVersion({
  document,
  version,
  state,
  format,
  exporter,
}: RenderInput): Promise<VersionFile> {
  const offered = VERSION_EXPORT_FORMATS[document.type];
  if (!offered.includes(format)) {
    throw invalid(`A ${document.type} version exports as ${offered.join(', ')}`, [
      { path: 'format', message: `one of ${offered.join(', ')}` },
    ]);
  }
  const names = versionFileNames(document.title, version.name, format);
  const text = (body: string, contentType: string): VersionFile => ({
    body: new TextEncoder().encode(body),
    contentType,
    names,
  });
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    if (document.type === 'note') {
      return format === 'md'
        ? text(noteToMarkdown(document.title, getNoteFragment(doc)), 'text/markdown; charset=utf-8')
        : text(
            JSON.stringify({ version, content: getNoteFragment(doc).toJSON() }, null, 2),
            'application/json; charset=utf-8',
          );
    }
    if (document.type === 'whiteboard') {
      return text(
        JSON.stringify({ version, shapes: readWhiteboard(doc) }, null, 2),
        'application/json; charset=utf-8',
      );
    }
    const plan = readActionPlan(doc);
    const titled = { ...plan, meta: { ...plan.meta, title: plan.meta.title || document.title } };
    const file = await exporter.run(format as 'pdf' | 'docx' | 'md' | 'csv' | 'json', {
      plan: titled,
      signOff: {
        status: version.agreed ? 'agreed' : 'draft',
        versionName: version.name,
        agreedAt: version.agreed?.agreedAt ?? null,
        signatures: version.agreed?.signatures ?? [],
      },
      threads: [],
    });
    return { body: file.body, contentType: file.contentType, names };
  } finally {
    doc.destroy();
  }
}
