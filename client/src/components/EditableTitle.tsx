import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/I18nProvider.tsx';
import { useReturnFocus } from './useReturnFocus.ts';

interface EditableTitleProps {
  title: string;
  canEdit: boolean;
  onSave(title: string): Promise<void>;
  testId: string;
}

/** A heading that becomes a text field on click; saves on Enter or blur, Escape cancels. */
export function EditableTitle({ title, canEdit, onSave, testId }: EditableTitleProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(title);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(title), [title]);
  const renameButton = useRef<HTMLButtonElement>(null);
  // Saving or Escape removes the field; focus goes back to "Rename" instead of falling to the page.
  useReturnFocus(editing, renameButton);

  if (!canEdit || !editing) {
    return (
      <div className="editable-title">
        <h1 data-testid={testId}>{title || t('common.untitled')}</h1>
        {canEdit && (
          <button
            ref={renameButton}
            type="button"
            className="button button--ghost button--small"
            onClick={() => setEditing(true)}
            data-testid={`${testId}.edit`}
          >
            {t('common.rename')}
          </button>
        )}
        {error && (
          <p role="alert" className="form-error" data-testid={`${testId}.error`}>
            {error}
          </p>
        )}
      </div>
    );
  }

  const commit = async (event?: FormEvent) => {
    event?.preventDefault();
    const next = draft.trim();
    setEditing(false);
    setError(null);
    if (!next || next === title) {
      // An emptied field keeps the old title; say so rather than reverting silently.
      if (!next) setError(t('errors.titleEmpty'));
      setDraft(title);
      return;
    }
    try {
      await onSave(next);
    } catch {
      setDraft(title);
      setError(t('errors.renameFailed'));
    }
  };

  return (
    <form className="editable-title" onSubmit={commit}>
      <label className="visually-hidden" htmlFor={`${testId}-input`}>
        {t('common.title')}
      </label>
      <input
        id={`${testId}-input`}
        className="editable-title__input"
        value={draft}
        maxLength={200}
        // biome-ignore lint/a11y/noAutofocus: the user just asked to edit this field
        autoFocus
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setDraft(title);
            setEditing(false);
          }
        }}
        data-testid={`${testId}.input`}
      />
    </form>
  );
}
