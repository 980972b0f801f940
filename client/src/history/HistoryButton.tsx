import { lazy, Suspense, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { DocumentKind } from '../api/types.ts';
import { useReturnFocus } from '../components/useReturnFocus.ts';
import { useTranslation } from '../i18n/I18nProvider.tsx';

// The panel, its previews and diffs load on first open: the editors' chunks stay as they were.
const HistoryPanel = lazy(() => import('./HistoryPanel.tsx').then((m) => ({ default: m.HistoryPanel })));

export interface HistoryButtonProps {
  documentId: string;
  kind: DocumentKind;
  title: string;
  canEdit: boolean;
  /** The live document, to compare a version with what is there now. */
  liveDoc: Y.Doc;
}

/** Opens the version history of a document beside its editor. */
export function HistoryButton(props: HistoryButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  useReturnFocus(open, trigger);
  return (
    <>
      <button
        ref={trigger}
        type="button"
        className="button button--ghost button--small history-button"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        data-testid="history.open"
      >
        {t('history.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <HistoryPanel {...props} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
