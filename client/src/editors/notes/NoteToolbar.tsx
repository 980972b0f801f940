import type { Editor } from '@tiptap/core';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { loadTableEditing } from './tableNodes.ts';
import { useToolbarState } from './useToolbarState.ts';

interface ToolProps {
  label: string;
  testId: string;
  active?: boolean;
  disabled?: boolean;
  onClick(): void;
  children: ReactNode;
}

function Tool({ label, testId, active, disabled, onClick, children }: ToolProps) {
  return (
    <button
      type="button"
      className={`tool${active ? ' tool--active' : ''}`}
      aria-label={label}
      title={label}
      aria-pressed={active === undefined ? undefined : active}
      disabled={disabled}
      // Keep the editor's selection: a mouse click on the toolbar must not blur it first.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
      data-testid={testId}
    >
      {children}
    </button>
  );
}

/** Starts a comment thread on the selected text; disabled until the comments layer has loaded. */
export function CommentTool({ onComment }: { onComment: (() => void) | undefined }) {
  const { t } = useTranslation();
  return (
    <Tool
      label={t('notes.toolbar.comment')}
      testId="notes.toolbar.comment"
      disabled={!onComment}
      onClick={() => onComment?.()}
    >
      <svg
        aria-hidden="true"
        width="16"
        height="16"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      >
        <path d="M4 5h16v11H9l-5 4z" />
      </svg>
    </Tool>
  );
}

/** Formatting controls, each with an accessible name; arrow keys are not needed, Tab walks them. */
interface NoteToolbarProps {
  editor: Editor;
  /** Shows the Comment tool; undefined `onComment` keeps it disabled while comments load. */
  canComment?: boolean;
  onComment?: (() => void) | undefined;
  /** Shows the Image tool; called with the images the user picked. */
  onImageFiles?: ((files: File[]) => void) | undefined;
}

export function NoteToolbar({ editor, canComment = false, onComment, onImageFiles }: NoteToolbarProps) {
  const { t } = useTranslation();
  const [linkOpen, setLinkOpen] = useState(false);
  const imageInput = useRef<HTMLInputElement>(null);
  const s = useToolbarState(editor, (e) => ({
    h1: e.isActive('heading', { level: 1 }),
    h2: e.isActive('heading', { level: 2 }),
    h3: e.isActive('heading', { level: 3 }),
    bold: e.isActive('bold'),
    italic: e.isActive('italic'),
    bullet: e.isActive('bulletList'),
    ordered: e.isActive('orderedList'),
    task: e.isActive('taskList'),
    quote: e.isActive('blockquote'),
    link: e.isActive('link'),
    table: e.isActive('table'),
    href: String(e.getAttributes('link').href ?? ''),
  }));
  const chain = () => editor.chain().focus();
  // Escape or Cancel: back to the text (and its selection) the link was for, not to the page.
  const closeLink = () => {
    setLinkOpen(false);
    editor.commands.focus();
  };

  const applyLink = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const href = String(new FormData(event.currentTarget).get('href') ?? '').trim();
    setLinkOpen(false);
    if (!href) chain().extendMarkRange('link').unsetLink().run();
    else chain().extendMarkRange('link').setLink({ href }).run();
  };

  return (
    <div className="toolbar-wrap">
      <div
        className="toolbar"
        role="toolbar"
        aria-label={t('notes.toolbar.label')}
        data-testid="notes.toolbar"
      >
        <div className="toolbar__group">
          <Tool
            label={`H1 · ${t('notes.toolbar.h1')}`}
            testId="notes.toolbar.h1"
            active={s.h1}
            onClick={() => chain().toggleHeading({ level: 1 }).run()}
          >
            H1
          </Tool>
          <Tool
            label={`H2 · ${t('notes.toolbar.h2')}`}
            testId="notes.toolbar.h2"
            active={s.h2}
            onClick={() => chain().toggleHeading({ level: 2 }).run()}
          >
            H2
          </Tool>
          <Tool
            label={`H3 · ${t('notes.toolbar.h3')}`}
            testId="notes.toolbar.h3"
            active={s.h3}
            onClick={() => chain().toggleHeading({ level: 3 }).run()}
          >
            H3
          </Tool>
        </div>
        <div className="toolbar__group">
          <Tool
            label={t('notes.toolbar.bold')}
            testId="notes.toolbar.bold"
            active={s.bold}
            onClick={() => chain().toggleBold().run()}
          >
            <strong>B</strong>
          </Tool>
          <Tool
            label={t('notes.toolbar.italic')}
            testId="notes.toolbar.italic"
            active={s.italic}
            onClick={() => chain().toggleItalic().run()}
          >
            <em>I</em>
          </Tool>
          <Tool
            label={t('notes.toolbar.link')}
            testId="notes.toolbar.link"
            active={s.link}
            onClick={() => setLinkOpen((o) => !o)}
          >
            <svg
              aria-hidden="true"
              width="16"
              height="16"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.2"
              strokeLinecap="round"
            >
              <path d="M10 14a4.5 4.5 0 0 0 6.4 0l3.2-3.2a4.5 4.5 0 0 0-6.4-6.4L12 5.6" />
              <path d="M14 10a4.5 4.5 0 0 0-6.4 0l-3.2 3.2a4.5 4.5 0 0 0 6.4 6.4l1.2-1.2" />
            </svg>
          </Tool>
        </div>
        <div className="toolbar__group">
          <Tool
            label={t('notes.toolbar.bulletList')}
            testId="notes.toolbar.bulletList"
            active={s.bullet}
            onClick={() => chain().toggleBulletList().run()}
          >
            <span aria-hidden="true">•≡</span>
          </Tool>
          <Tool
            label={t('notes.toolbar.orderedList')}
            testId="notes.toolbar.orderedList"
            active={s.ordered}
            onClick={() => chain().toggleOrderedList().run()}
          >
            <svg
              aria-hidden="true"
              width="16"
              height="16"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
            >
              <path d="M10 6h10M10 12h10M10 18h10M4 5h1v4M4 9h2M4 15h2l-2 3h2" />
            </svg>
          </Tool>
          <Tool
            label={t('notes.toolbar.taskList')}
            testId="notes.toolbar.taskList"
            active={s.task}
            onClick={() => chain().toggleTaskList().run()}
          >
            <span aria-hidden="true">☑</span>
          </Tool>
          <Tool
            label={t('notes.toolbar.quote')}
            testId="notes.toolbar.quote"
            active={s.quote}
            onClick={() => chain().toggleBlockquote().run()}
          >
            <span aria-hidden="true">❝</span>
          </Tool>
        </div>
        <div className="toolbar__group">
          {onImageFiles && (
            <>
              <Tool
                label={t('notes.toolbar.image')}
                testId="notes.toolbar.image"
                onClick={() => imageInput.current?.click()}
              >
                <svg
                  aria-hidden="true"
                  width="16"
                  height="16"
                  viewBox="0 0 24 24"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinejoin="round"
                >
                  <rect x="3" y="4" width="18" height="16" rx="2" />
                  <path d="m3 17 5-5 4 4 3-3 6 6" />
                  <circle cx="15.5" cy="9" r="1.5" />
                </svg>
              </Tool>
              <input
                ref={imageInput}
                type="file"
                accept="image/jpeg,image/png,image/webp,image/gif"
                multiple
                hidden
                tabIndex={-1}
                data-testid="notes.image.input"
                onChange={(e) => {
                  const files = Array.from(e.currentTarget.files ?? []);
                  e.currentTarget.value = '';
                  if (files.length > 0) onImageFiles(files);
                }}
              />
            </>
          )}
          <Tool
            label={t('notes.toolbar.table')}
            testId="notes.toolbar.table"
            active={s.table}
            onClick={() => void loadTableEditing(editor).then((tables) => tables.insertTable(editor))}
          >
            <span aria-hidden="true">▦</span>
          </Tool>
          {s.table && (
            <>
              <Tool
                label={t('notes.toolbar.addRow')}
                testId="notes.toolbar.addRow"
                onClick={() => void loadTableEditing(editor).then((tables) => tables.addRow(editor))}
              >
                <span aria-hidden="true">+≡</span>
              </Tool>
              <Tool
                label={t('notes.toolbar.addColumn')}
                testId="notes.toolbar.addColumn"
                onClick={() => void loadTableEditing(editor).then((tables) => tables.addColumn(editor))}
              >
                <span aria-hidden="true">+‖</span>
              </Tool>
              <Tool
                label={t('notes.toolbar.deleteTable')}
                testId="notes.toolbar.deleteTable"
                onClick={() => void loadTableEditing(editor).then((tables) => tables.removeTable(editor))}
              >
                <span aria-hidden="true">✕▦</span>
              </Tool>
            </>
          )}
        </div>
        <div className="toolbar__group">
          <Tool
            label={t('notes.toolbar.undo')}
            testId="notes.toolbar.undo"
            onClick={() => chain().undo().run()}
          >
            <span aria-hidden="true">↶</span>
          </Tool>
          <Tool
            label={t('notes.toolbar.redo')}
            testId="notes.toolbar.redo"
            onClick={() => chain().redo().run()}
          >
            <span aria-hidden="true">↷</span>
          </Tool>
        </div>
        {canComment && (
          <div className="toolbar__group">
            <CommentTool onComment={onComment} />
          </div>
        )}
      </div>
      {linkOpen && (
        <form className="link-form" onSubmit={applyLink}>
          <label className="field field--grow">
            <span>{t('notes.toolbar.linkAddress')}</span>
            <input
              name="href"
              type="url"
              defaultValue={s.href}
              placeholder="https://"
              // biome-ignore lint/a11y/noAutofocus: opened on purpose to type an address
              autoFocus
              onKeyDown={(e) => e.key === 'Escape' && closeLink()}
              data-testid="notes.link.input"
            />
          </label>
          <button
            type="submit"
            className="button button--small button--primary"
            data-testid="notes.link.apply"
          >
            {t('common.apply')}
          </button>
          <button type="button" className="button button--small" onClick={closeLink}>
            {t('common.cancel')}
          </button>
        </form>
      )}
    </div>
  );
}
