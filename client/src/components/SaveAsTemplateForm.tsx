import { type FormEvent, useState } from 'react';
import { weftApi } from '../api/weftApi.ts';
import { useTranslation } from '../i18n/I18nProvider.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';

interface SaveAsTemplateFormProps {
  documentId: string;
  title: string;
  onClose(): void;
}

/** Names the template and saves the document's current content as a workspace template. */
export default function SaveAsTemplateForm({ documentId, title, onClose }: SaveAsTemplateFormProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('title') ?? '').trim() || title;
    setBusy(true);
    setError(null);
    try {
      const { template } = await weftApi.saveAsTemplate(documentId, name);
      setSaved(template.title);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="save-template__form card"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
      aria-label={t('templates.saveAs')}
      data-testid="templates.saveAs.form"
    >
      <label className="field">
        <span>{t('templates.saveAsTitle')}</span>
        <input
          name="title"
          defaultValue={title}
          maxLength={200}
          required
          // biome-ignore lint/a11y/noAutofocus: the user just asked to name the template
          autoFocus
          data-testid="templates.saveAs.title"
        />
      </label>
      <div className="save-template__actions">
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          {t('templates.save')}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          {t('templates.cancel')}
        </button>
      </div>
      <ErrorNotice error={error} />
      <p role="status" className="save-template__status" data-testid="templates.saveAs.status">
        {saved && t('templates.saved', { title: saved })}
      </p>
    </form>
  );
}
