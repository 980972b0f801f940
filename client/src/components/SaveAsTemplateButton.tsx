import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from '../i18n/I18nProvider.tsx';

// Loaded on first use, so the editors' first paint carries only this button.
const SaveAsTemplateForm = lazy(() => import('./SaveAsTemplateForm.tsx'));

/** "Save as template" for facilitators on an editor page; the form opens below the button. */
export function SaveAsTemplateButton({ documentId, title }: { documentId: string; title: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="save-template">
      <button
        ref={button}
        type="button"
        className="button button--ghost button--small"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        data-testid="templates.saveAs"
      >
        {t('templates.saveAs')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <SaveAsTemplateForm documentId={documentId} title={title} onClose={close} />
        </Suspense>
      )}
    </div>
  );
}
