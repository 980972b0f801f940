import { useEffect, useRef, useState } from 'react';
import { useReturnFocus } from '../../components/useReturnFocus.ts';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { usePlanT } from './PlanStringsProvider.tsx';

interface DeleteItemButtonProps {
  title: string;
  /** Resets the question when another item is shown. */
  itemId: string;
  onDelete(): void;
}

/**
 * "Delete item" and its confirmation: the alertdialog takes focus (on Cancel, the safe choice),
 * Escape or Cancel closes it and focus returns to "Delete item".
 */
export function DeleteItemButton({ title, itemId, onDelete }: DeleteItemButtonProps) {
  const t = usePlanT();
  const { t: appT } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new item closes the question
  useEffect(() => setConfirming(false), [itemId]);
  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);
  useReturnFocus(confirming, trigger);

  if (!confirming) {
    return (
      <button
        ref={trigger}
        type="button"
        className="button button--ghost button--danger"
        data-testid="plan.detail.delete"
        onClick={() => setConfirming(true)}
      >
        {t('detail.delete')}
      </button>
    );
  }
  return (
    <div
      role="alertdialog"
      aria-labelledby="plan-detail-confirm"
      className="plan-detail__confirm"
      data-testid="plan.detail.confirm"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        setConfirming(false);
      }}
    >
      <p id="plan-detail-confirm">{t('detail.confirmDelete', { title: title || t('row.untitled') })}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button--danger"
          data-testid="plan.detail.confirmDelete"
          onClick={onDelete}
        >
          {t('detail.confirm')}
        </button>
        <button
          ref={cancel}
          type="button"
          className="button"
          data-testid="plan.detail.cancelDelete"
          onClick={() => setConfirming(false)}
        >
          {appT('common.cancel')}
        </button>
      </div>
    </div>
  );
}
