import { getSchema } from '@tiptap/core';
import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import { TableKit } from '@tiptap/extension-table';
import Text from '@tiptap/extension-text';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { addRowAfter, tableNodeTypes } from '@tiptap/pm/tables';
import { describe, expect, it } from 'vitest';
import { NoteTables } from './tableNodes.ts';

const base = [Document, Paragraph, Text];
const light = getSchema([...base, NoteTables]);
const full = getSchema([...base, TableKit.configure({ table: { resizable: false } })]);
const TABLE_NODES = ['table', 'tableRow', 'tableCell', 'tableHeader'];

describe('the notes table schema', () => {
  it('matches @tiptap/extension-table node for node, so notes keep their tables in Yjs', () => {
    for (const name of TABLE_NODES) {
      const ours = light.nodes[name];
      const theirs = full.nodes[name];
      expect(ours, name).toBeDefined();
      expect(Object.keys(ours?.spec.attrs ?? {}).sort(), name).toEqual(
        Object.keys(theirs?.spec.attrs ?? {}).sort(),
      );
      expect(ours?.spec.content, name).toBe(theirs?.spec.content);
      expect(ours?.spec.group, name).toBe(theirs?.spec.group);
      expect(ours?.spec.tableRole, name).toBe(theirs?.spec.tableRole);
    }
  });

  it('is what ProseMirror-tables edits once loaded (roles found, a row added)', async () => {
    expect(Object.keys(tableNodeTypes(light)).sort()).toEqual(['cell', 'header_cell', 'row', 'table']);
    const editing = await import('./tableEditing.ts');
    expect(typeof editing.registerTableEditing).toBe('function');
    const { createTable } = await import('@tiptap/extension-table');
    const table = createTable(light, 2, 2, true);
    let state = EditorState.create({ schema: light, doc: light.node('doc', null, [table]) });
    state = state.apply(state.tr.setSelection(TextSelection.near(state.doc.resolve(3))));
    let next = state;
    expect(addRowAfter(state, (tr) => (next = state.apply(tr)))).toBe(true);
    expect(next.doc.firstChild?.childCount).toBe(3);
  });
});
