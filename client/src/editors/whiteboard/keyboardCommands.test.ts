import { afterEach, describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createTestI18n } from '../../i18n/testing/createTestI18n.ts';
import { createWhiteboardController, type WhiteboardController } from './createWhiteboardController.ts';
import { handleKeyDown, type KeyActions } from './handleKeyDown.ts';

let controller: WhiteboardController | null = null;
afterEach(() => controller?.destroy());

function setUp(readOnly = false) {
  const doc = new Y.Doc();
  const c = createWhiteboardController({
    doc,
    awareness: new Awareness(doc),
    readOnly,
    user: { id: 'u1', name: 'Sofie', colour: '#1f5fa8', city: 'Ghent' },
  });
  controller = c;
  c.resize(800, 600, 1);
  const said: string[] = [];
  const edited: string[] = [];
  const actions: KeyActions = {
    toggleHelp: () => {},
    edit: (id) => edited.push(id),
    announce: (m) => said.push(m),
    t: createTestI18n().getFixedT('en', 'whiteboard'),
  };
  const press = (
    key: string,
    mods: Partial<Pick<KeyboardEvent, 'shiftKey' | 'ctrlKey'>> = {},
    onCanvas = true,
  ) =>
    handleKeyDown(
      c,
      { key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods } as KeyboardEvent,
      actions,
      onCanvas,
    );
  return { c, press, said, edited };
}

describe('board keyboard', () => {
  it('inserts a shape of the chosen tool in the middle of the view with Enter, then edits it', () => {
    const { c, press, said, edited } = setUp();
    press('s');
    press('Enter');
    const [sticky] = c.store.all();
    expect(sticky).toMatchObject({ type: 'sticky', x: 300, y: 200, colour: '#ffd166' });
    expect(c.getUi().selection).toEqual([sticky?.id]);
    expect(edited).toEqual([sticky?.id]);
    expect(said).toEqual(['Sticky note added in the middle of the view']);
    expect(c.getUi().tool).toBe('select');
  });

  it('moves the selection with arrows (Shift for larger steps) and pans when nothing is selected', () => {
    const { c, press } = setUp();
    press('r');
    press('Enter');
    const id = c.getUi().selection[0] as string;
    const start = c.store.get(id);
    press('ArrowRight');
    press('ArrowDown', { shiftKey: true });
    expect(c.store.get(id)).toMatchObject({ x: (start?.x ?? 0) + 10, y: (start?.y ?? 0) + 50 });
    press('Escape');
    press('ArrowRight');
    expect(c.camera.x).toBe(80);
    expect(c.store.get(id)?.x).toBe((start?.x ?? 0) + 10);
  });

  it('walks the shapes with Tab and lets Tab leave after the last one', () => {
    const { c, press } = setUp();
    press('s');
    press('Enter');
    press('o');
    press('Enter');
    const [first, second] = c.store.all().map((s) => s.id);
    press('Escape');
    expect(press('Tab')).toBe(true);
    expect(c.getUi().selection).toEqual([first]);
    expect(press('Tab')).toBe(true);
    expect(c.getUi().selection).toEqual([second]);
    expect(press('Tab')).toBe(false);
    expect(press('Tab', { shiftKey: true })).toBe(true);
    expect(c.getUi().selection).toEqual([first]);
    // In the shape list Tab is the browser's: it leaves the list.
    expect(press('Tab', {}, false)).toBe(false);
  });

  it('connects two shapes: arrow tool, Enter on the first, Enter on the second', () => {
    const { c, press, said } = setUp();
    press('s');
    press('Enter');
    press('r');
    press('Enter');
    const [from, to] = c.store.all().map((s) => s.id);
    c.select([from as string]);
    press('a');
    press('Enter');
    expect(c.getUi().connectFrom).toBe(from);
    press('Tab');
    press('Enter');
    const arrow = c.store.all().find((s) => s.type === 'arrow');
    expect(arrow?.from?.shapeId).toBe(from);
    expect(arrow?.to?.shapeId).toBe(to);
    expect(c.getUi()).toMatchObject({ connectFrom: null, tool: 'select', selection: [arrow?.id] });
    expect(said.at(-1)).toBe('Arrow added from Sticky note to Rectangle');
  });

  it('deletes the selection and announces it; a reader can neither insert nor delete', () => {
    const { c, press, said } = setUp();
    press('t');
    press('Enter');
    press('Delete');
    expect(c.store.size).toBe(0);
    expect(said.at(-1)).toBe('1 deleted');

    const reader = setUp(true);
    reader.press('s');
    reader.press('Enter');
    expect(reader.c.store.size).toBe(0);
  });
});
