import type { DecorationAttrs } from '@tiptap/pm/view';

function str(value: unknown, fallback: string): string {
  return typeof value === 'string' && value ? value : fallback;
}

/** Another person's caret: a coloured bar with their name (and city) on a label above it. */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = str(user.color, '#555');
  const name = str(user.name, '?');
  const caret = document.createElement('span');
  caret.className = 'collab-caret';
  caret.style.borderColor = color;
  caret.setAttribute('data-testid', 'notes.caret');
  caret.setAttribute('data-user-name', name);
  caret.setAttribute('data-color', color);
  // Screen readers would read the name inside the text ("Kick-off meeting Minh Trần · Huế"); the
  // avatars and the live region say who is here instead.
  caret.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = 'collab-caret__label';
  label.style.backgroundColor = color;
  label.textContent = typeof user.city === 'string' && user.city ? `${name} · ${user.city}` : name;
  caret.append(label);
  return caret;
}

export function renderSelection(user: Record<string, unknown>): DecorationAttrs {
  const color = str(user.color, '#555');
  // The caret colour at low opacity keeps the text readable under someone else's selection.
  return {
    nodeName: 'span',
    class: 'collab-selection',
    style: `background-color: color-mix(in srgb, ${color} 22%, transparent)`,
    'data-user': str(user.name, '?'),
  };
}
