import { type Editor, Extension, mergeAttributes, Node } from '@tiptap/core';

/**
 * The notes' table schema: the same node names and attributes as @tiptap/extension-table (so
 * notes written with it stay identical in Yjs), without its editing code. ProseMirror-tables
 * (cell selection, Tab between cells, repairing tables after concurrent edits) is 13 kB gzip, so
 * it loads (tableEditing.ts) when a note has a table or someone starts editing, not with the route:
 * the node types must be in the schema from the start, or y-tiptap would drop tables it cannot read.
 */
const cellAttributes = () => ({
  colspan: { default: 1 },
  rowspan: { default: 1 },
  colwidth: {
    default: null,
    parseHTML: (element: HTMLElement) =>
      element
        .getAttribute('colwidth')
        ?.split(',')
        .map((width) => Number.parseInt(width, 10)) ?? null,
  },
  align: {
    default: null,
    parseHTML: (element: HTMLElement) => {
      const align = (element.style.textAlign || element.getAttribute('align') || '').trim().toLowerCase();
      return align === 'left' || align === 'right' || align === 'center' ? align : null;
    },
    renderHTML: (attributes: Record<string, unknown>) =>
      attributes.align ? { style: `text-align: ${String(attributes.align)}` } : {},
  },
});

const cell = (name: string, tag: 'td' | 'th', tableRole: string) =>
  Node.create({
    name,
    content: 'block+',
    tableRole,
    isolating: true,
    addAttributes: cellAttributes,
    parseHTML: () => [{ tag }],
    renderHTML: ({ HTMLAttributes }) => [tag, mergeAttributes(HTMLAttributes), 0],
  });

const TableRow = Node.create({
  name: 'tableRow',
  content: '(tableCell | tableHeader)*',
  tableRole: 'row',
  parseHTML: () => [{ tag: 'tr' }],
  renderHTML: ({ HTMLAttributes }) => ['tr', mergeAttributes(HTMLAttributes), 0],
});

const Table = Node.create({
  name: 'table',
  content: 'tableRow+',
  tableRole: 'table',
  isolating: true,
  group: 'block',
  parseHTML: () => [{ tag: 'table' }],
  renderHTML: ({ HTMLAttributes }) => ['table', mergeAttributes(HTMLAttributes), ['tbody', 0]],
});

type TableEditing = typeof import('./tableEditing.ts');
const loaded = new WeakMap<Editor, Promise<TableEditing>>();

/** Loads table editing for `editor` once; resolves to its commands. */
export function loadTableEditing(editor: Editor): Promise<TableEditing> {
  let promise = loaded.get(editor);
  if (!promise) {
    promise = import('./tableEditing.ts').then((module) => {
      if (!editor.isDestroyed) module.registerTableEditing(editor);
      return module;
    });
    loaded.set(editor, promise);
  }
  return promise;
}

const hasTable = (editor: Editor) => {
  let found = false;
  editor.state.doc.descendants((node) => {
    if (node.type.name === 'table') found = true;
    return !found && node.isBlock;
  });
  return found;
};

export const NoteTables = Extension.create({
  name: 'noteTables',
  addExtensions: () => [
    Table,
    TableRow,
    cell('tableCell', 'td', 'cell'),
    cell('tableHeader', 'th', 'header_cell'),
  ],
  extendNodeSchema(extension) {
    const role = (extension.config as { tableRole?: string }).tableRole;
    return role ? { tableRole: role } : {};
  },
  onFocus() {
    if (this.editor.isEditable) void loadTableEditing(this.editor);
  },
  onUpdate() {
    if (!loaded.has(this.editor) && this.editor.isEditable && hasTable(this.editor))
      void loadTableEditing(this.editor);
  },
});
