import type { ExportFormatName } from '@weft/protocol';
import { useRef, useState } from 'react';
import { focusFirstIn } from '../../components/useReturnFocus.ts';
import { useUiLanguage } from '../../i18n/I18nProvider.tsx';
import { usePlanT } from './PlanStringsProvider.tsx';
import { planApi } from './planApi.ts';

const FORMATS: readonly ExportFormatName[] = ['pdf', 'docx', 'md', 'csv', 'json'];

interface ExportMenuProps {
  documentId: string;
  /** Null exports the live draft. */
  versionId: string | null;
  versionName?: string;
  /** The live plan is agreed and unchanged: the menu says it exports that agreed version. */
  agreed?: boolean;
  testId: string;
}

function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started once click() returns; the URL is no longer needed after a moment.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The panel opens under its button, aligned to the button's right edge; where the button sits
 * near the left of a narrow screen that would push the panel off the left edge, so it then
 * aligns to the button's left edge instead.
 */
function keepInViewport(panel: HTMLElement): void {
  delete panel.dataset.align;
  if (panel.getBoundingClientRect().left < 0) panel.dataset.align = 'start';
}

/** Downloads the draft or an agreed version as PDF, DOCX, Markdown, CSV or JSON. */
export function ExportMenu({ documentId, versionId, versionName, agreed = false, testId }: ExportMenuProps) {
  const t = usePlanT();
  // Files are written in the language the reader is using the app in.
  const language = useUiLanguage();
  const [busy, setBusy] = useState<ExportFormatName | null>(null);
  const [failed, setFailed] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  const close = () => {
    if (!details.current?.open) return;
    details.current.open = false;
    summary.current?.focus();
  };
  const download = async (format: ExportFormatName) => {
    setBusy(format);
    setFailed(false);
    try {
      const file = await planApi.exportFile(documentId, format, versionId, language);
      saveFile(file.blob, file.fileName);
      close();
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };
  const heading = !versionId
    ? t('export.draft')
    : agreed
      ? t('export.agreed', { version: versionName ?? '' })
      : t('export.version', { version: versionName ?? '' });
  return (
    <details
      className="plan-menu"
      ref={details}
      data-testid={testId}
      // The menu takes focus when it opens and gives it back to its button when it closes.
      onToggle={(e) => {
        if (!e.currentTarget.open) return;
        const panel = e.currentTarget.querySelector('fieldset');
        if (panel) keepInViewport(panel);
        focusFirstIn(panel);
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !details.current?.open) return;
        e.stopPropagation();
        close();
      }}
    >
      <summary ref={summary} className="button button--small" data-testid={`${testId}.toggle`}>
        {t('export.menu')}
      </summary>
      <fieldset className="plan-menu__panel" aria-label={heading}>
        <p className="plan-menu__heading" data-testid={`${testId}.heading`}>
          {heading}
        </p>
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="plan-menu__item"
            disabled={busy !== null}
            data-testid={`${testId}.${format}`}
            onClick={() => void download(format)}
          >
            {busy === format
              ? t('export.downloading', { format: t(`export.${format}`) })
              : t(`export.${format}`)}
          </button>
        ))}
        {failed && (
          <p className="form-error" role="alert">
            {t('export.failed')}
          </p>
        )}
      </fieldset>
    </details>
  );
}
