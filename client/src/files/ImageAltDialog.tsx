import { type FormEvent, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from '../i18n/I18nProvider.tsx';
import { useFilesT } from './useFilesT.ts';

interface ImageAltDialogProps {
  files: readonly File[];
  /** One description per file, in order (may be empty: the image is then decorative). */
  onInsert(alts: string[]): void;
  onCancel(): void;
}

/** Asks for a short description of each image before it goes into a note or onto a board. */
export function ImageAltDialog({ files, onInsert, onCancel }: ImageAltDialogProps) {
  const { t } = useTranslation();
  const ft = useFilesT();
  const dialog = useRef<HTMLDialogElement>(null);
  const done = useRef(false);
  const previews = useMemo(() => files.map((f) => URL.createObjectURL(f)), [files]);

  useEffect(
    () => () => {
      for (const url of previews) URL.revokeObjectURL(url);
    },
    [previews],
  );
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    return () => el?.close();
  }, []);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    done.current = true;
    onInsert(files.map((_, i) => String(data.get(`alt-${i}`) ?? '').trim()));
  };

  return (
    <dialog
      ref={dialog}
      className="image-dialog"
      aria-labelledby="image-dialog-title"
      data-testid="files.altDialog"
      onClose={() => {
        if (!done.current) onCancel();
      }}
    >
      <form onSubmit={submit} className="image-dialog__body">
        <h2 id="image-dialog-title">{ft('altTitle')}</h2>
        <p className="image-dialog__hint">{ft('altHint')}</p>
        {files.map((file, i) => (
          <div className="image-dialog__row" key={previews[i]}>
            <img src={previews[i]} alt="" className="image-dialog__preview" />
            <label className="field field--grow">
              <span>{ft('altLabel', { name: file.name || ft('pastedImage') })}</span>
              <input
                name={`alt-${i}`}
                type="text"
                maxLength={300}
                autoFocus={i === 0}
                data-testid="files.altInput"
              />
            </label>
          </div>
        ))}
        <div className="button-row">
          <button type="submit" className="button button--primary" data-testid="files.altInsert">
            {ft('insert')}
          </button>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
