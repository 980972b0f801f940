import type { Editor } from '@tiptap/core';
import { createTable } from '@tiptap/extension-table';
import { keymap } from '@tiptap/pm/keymap';
import { TextSelection } from '@tiptap/pm/state';
import { addColumnAfter, addRowAfter, deleteTable, goToNextCell, tableEditing } from '@tiptap/pm/tables';

/** Adds ProseMirror-tables' editing to a note editor (loaded on demand by tableNodes.ts). */
export function registerTableEditing(editor: Editor): void {
  const tabs = keymap({
    Tab: (state, dispatch) =>
      goToNextCell(1)(state, dispatch) ||
      (addRowAfter(state, dispatch) && goToNextCell(1)(editor.state, editor.view.dispatch)),
    'Shift-Tab': goToNextCell(-1),
  });
  // Before the other plugins, as the keymap of TipTap's own Table extension would be.
  editor.registerPlugin(tabs, (plugin, plugins) => [plugin, ...plugins]);
  editor.registerPlugin(tableEditing());
}

export function insertTable(editor: Editor): void {
  const { state, view } = editor;
  const node = createTable(editor.schema, 3, 3, true);
  const tr = state.tr.replaceSelectionWith(node).scrollIntoView();
  tr.setSelection(TextSelection.near(tr.doc.resolve(state.selection.from + 1)));
  view.dispatch(tr);
  view.focus();
}

const run = (command: typeof deleteTable) => (editor: Editor) => {
  command(editor.state, editor.view.dispatch);
  editor.view.focus();
};
export const addRow = run(addRowAfter);
export const addColumn = run(addColumnAfter);
export const removeTable = run(deleteTable);
