import { getNoteFragment } from '@weft/model';
import { useMemo } from 'react';
import * as Y from 'yjs';
import { diffParagraphs } from './noteDiff.ts';
import type { HistoryT } from './useHistoryTranslation.ts';

/** The text of each top-level block of a note (paragraph, heading, list item…). */
function paragraphsOf(fragment: Y.XmlFragment): string[] {
  const out: string[] = [];
  const walk = (node: Y.XmlElement | Y.XmlText | Y.XmlHook, into: string[]): string => {
    if (node instanceof Y.XmlText) return node.toString().replace(/<[^>]*>/g, '');
    if (!(node instanceof Y.XmlElement)) return '';
    const children = node.toArray();
    // Lists and quotes hold blocks of their own; each becomes a paragraph of the diff.
    if (
      ['bulletList', 'orderedList', 'taskList', 'listItem', 'taskItem', 'blockquote'].includes(node.nodeName)
    ) {
      for (const child of children) {
        const text = walk(child, into);
        if (text) into.push(text);
      }
      return '';
    }
    return children.map((c) => walk(c, into)).join('');
  };
  for (const node of fragment.toArray()) {
    const text = walk(node, out);
    if (text || (node instanceof Y.XmlElement && node.nodeName === 'paragraph')) out.push(text);
  }
  return out.filter((p, i, all) => p !== '' || (i > 0 && all[i - 1] !== ''));
}

/** A version of a note, read-only, with what changed since then marked against the live note. */
export function NoteVersionPreview({
  state,
  liveDoc,
  t,
}: {
  state: Uint8Array;
  liveDoc: Y.Doc;
  t: HistoryT;
}) {
  const blocks = useMemo(() => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const before = paragraphsOf(getNoteFragment(doc));
    doc.destroy();
    return diffParagraphs(before, paragraphsOf(getNoteFragment(liveDoc)));
  }, [state, liveDoc]);
  const changed = blocks.some((b) => b.some((s) => s.op !== 'same'));
  return (
    <div className="history-note" data-testid="history.previewContent">
      <p className="muted">{changed ? t('diffLegend') : t('noChanges')}</p>
      <div className="note-content history-note__body">
        {blocks.map((segments, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity of their own here
          <p key={i}>
            {segments.map((s, j) =>
              s.op === 'add' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional
                <ins key={j} data-testid="history.diff.added">
                  {s.text}
                </ins>
              ) : s.op === 'del' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional
                <del key={j} data-testid="history.diff.removed">
                  {s.text}
                </del>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional
                <span key={j}>{s.text}</span>
              ),
            )}
          </p>
        ))}
      </div>
    </div>
  );
}
