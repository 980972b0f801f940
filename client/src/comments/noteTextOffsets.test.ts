import { getSchema } from '@tiptap/core';
import Bold from '@tiptap/extension-bold';
import Document from '@tiptap/extension-document';
import HardBreak from '@tiptap/extension-hard-break';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { createTextAnchor, getNoteFragment, plainTextOf, resolveTextAnchor } from '@weft/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { rangeOfTextOffsets, textOffsetAt } from './noteTextOffsets.ts';

const schema = getSchema([Document, Paragraph, Text, Bold, HardBreak]);

/** A note in a Y.Doc as the TipTap binding stores it, and its ProseMirror view. */
function note(json: unknown) {
  const doc = new Y.Doc();
  const fragment = getNoteFragment(doc);
  prosemirrorJSONToYXmlFragment(schema, json, fragment);
  const pm = () => yXmlFragmentToProseMirrorRootNode(fragment, schema);
  return { doc, fragment, pm };
}

const twoParagraphs = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Xin chào ' },
        { type: 'text', text: 'Gent', marks: [{ type: 'bold' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'và Huế.' },
      ],
    },
    { type: 'paragraph', content: [{ type: 'text', text: 'Second paragraph here.' }] },
  ],
};

describe('note text offsets', () => {
  it('count the same characters as the anchors of @weft/model', () => {
    const { fragment, pm } = note(twoParagraphs);
    const doc = pm();
    const end = doc.content.size;
    expect(textOffsetAt(doc, end)).toBe(plainTextOf(fragment).length);
    const second = doc.textContent.indexOf('Second');
    // The start of "Second" in editor positions maps to its plain-text offset.
    let pos = 0;
    doc.descendants((node, p) => {
      if (node.isText && node.text?.startsWith('Second')) pos = p;
    });
    expect(textOffsetAt(doc, pos)).toBe(second);
  });

  it('round-trip a selection through an anchor, across marks, breaks and paragraphs', () => {
    const { doc: ydoc, fragment, pm } = note(twoParagraphs);
    const doc = pm();
    const text = plainTextOf(fragment);
    const index = text.indexOf('Gent');
    const length = text.indexOf('Second') + 'Second'.length - index;
    const anchor = createTextAnchor(fragment, index, length);
    const resolved = resolveTextAnchor(ydoc, anchor);
    if (resolved.collapsed) throw new Error('collapsed');
    const range = rangeOfTextOffsets(doc, resolved.index, resolved.length);
    if (!range) throw new Error('no range');
    expect(doc.textBetween(range.from, range.to, '|', '⏎')).toBe('Gent⏎và Huế.|Second');
    expect(textOffsetAt(doc, range.from)).toBe(index);
    expect(textOffsetAt(doc, range.to)).toBe(index + length);
  });

  it('answer null for a range past the end or an empty one', () => {
    const doc = note(twoParagraphs).pm();
    expect(rangeOfTextOffsets(doc, 0, 0)).toBeNull();
    expect(rangeOfTextOffsets(doc, 3, 500)).toBeNull();
  });
});
