import type { ShapeSnapshot } from '@weft/model';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/ApiError.ts';
import { apiRequest } from '../../api/apiRequest.ts';
import type { DocumentMeta } from '../../api/types.ts';
import { weftApi } from '../../api/weftApi.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { useQuery } from '../../lib/useQuery.ts';
import type { ActionItemLink } from './actionItemLinks.ts';
import { itemTitleFromSticky, type StickyToPlanError, StickyToPlanFailure } from './addStickyToPlan.ts';
import type { Translate, WhiteboardStringKey } from './whiteboardStrings.ts';

interface ActionItemDialogProps {
  workspaceId: string;
  shape: ShapeSnapshot;
  city: string;
  /** The action item this sticky already became, if any. */
  existing: ActionItemLink | undefined;
  t: Translate;
  /** Adds the item to the plan and links the sticky to it; resolves with the link. */
  convert(planId: string): Promise<ActionItemLink>;
  open(link: ActionItemLink): void;
  onClose(): void;
}

type Phase =
  | { kind: 'choose' }
  | { kind: 'saving' }
  | { kind: 'done'; link: ActionItemLink; planTitle: string }
  | { kind: 'failed'; message: WhiteboardStringKey | null; error: unknown };

const FAILURE_KEYS: Record<StickyToPlanError, WhiteboardStringKey> = {
  offline: 'actionItemOffline',
  denied: 'actionItemDenied',
  timeout: 'actionItemTimeout',
};

function livePlans(documents: readonly DocumentMeta[]): DocumentMeta[] {
  return documents.filter((d) => d.type === 'actionPlan' && !d.archived);
}

/** "Turn into action item": pick (or create) a plan of the workspace, add the item, then offer it. */
export function ActionItemDialog({
  workspaceId,
  shape,
  city,
  existing,
  t,
  convert,
  open,
  onClose,
}: ActionItemDialogProps) {
  const app = useTranslation().t;
  const dialog = useRef<HTMLDialogElement>(null);
  const documents = useQuery(`documents.${workspaceId}`, () => weftApi.listDocuments(workspaceId));
  const plans = livePlans(documents.data?.documents ?? []);
  const [planId, setPlanId] = useState('');
  const [newTitle, setNewTitle] = useState(() => app('documents.defaultTitle.actionPlan'));
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const title = itemTitleFromSticky(shape.text);
  const chosen = plans.find((p) => p.id === planId) ?? plans[0];
  // A proposed or agreed plan is reopened by any change: say so and ask before doing it.
  const status = useQuery(`signoff.status.${chosen?.id ?? ''}`, () =>
    chosen
      ? apiRequest<{ status: 'draft' | 'proposed' | 'agreed' }>(
          'GET',
          `/api/documents/${encodeURIComponent(chosen.id)}/signoff`,
        )
      : Promise.resolve({ status: 'draft' as const }),
  );
  const planStatus = status.data?.status ?? 'draft';
  const reopens = planStatus !== 'draft';
  const [voidConfirmed, setVoidConfirmed] = useState<string | null>(null);
  const confirmed = !reopens || voidConfirmed === chosen?.id;

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    return () => el?.close();
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (phase.kind === 'saving' || title.length === 0 || !confirmed) return;
    setPhase({ kind: 'saving' });
    try {
      let plan = chosen;
      if (!plan) {
        plan = (
          await weftApi.createDocument(
            workspaceId,
            'actionPlan',
            newTitle.trim() || app('documents.defaultTitle.actionPlan'),
          )
        ).document;
        const created = plan;
        documents.setData((d) => d && { documents: [created, ...d.documents] });
        setPlanId(created.id);
      }
      const link = await convert(plan.id);
      setPhase({ kind: 'done', link, planTitle: plan.title });
    } catch (error) {
      // Request errors explain themselves (ErrorNotice); anything else gets the plain message.
      const message =
        error instanceof StickyToPlanFailure
          ? FAILURE_KEYS[error.code]
          : error instanceof ApiError
            ? null
            : 'actionItemFailed';
      setPhase({ kind: 'failed', message, error });
    }
  };

  const busy = phase.kind === 'saving';
  return (
    <dialog
      ref={dialog}
      className="wb-dialog"
      aria-labelledby="wb-action-item-title"
      data-testid="whiteboard.actionItem.dialog"
      onCancel={(e) => {
        // Escape while saving would hide a result the user is waiting for.
        if (busy) e.preventDefault();
      }}
      onClose={onClose}
    >
      <form method="dialog" onSubmit={submit} className="wb-dialog__body">
        <h2 id="wb-action-item-title">{t('actionItemTitle')}</h2>
        {phase.kind === 'done' ? (
          <>
            <p role="status" data-testid="whiteboard.actionItem.done">
              {t('actionItemDone', { plan: phase.planTitle || app('common.untitled') })}
            </p>
            <div className="button-row wb-dialog__actions">
              <button
                type="button"
                className="button button--primary"
                data-testid="whiteboard.actionItem.open"
                // The submit button that had focus is gone; the next step takes it.
                // biome-ignore lint/a11y/noAutofocus: focus moves within an open modal dialog
                autoFocus
                onClick={() => open(phase.link)}
              >
                {t('openActionItem')}
              </button>
              <button
                type="button"
                className="button"
                data-testid="whiteboard.actionItem.close"
                onClick={() => dialog.current?.close()}
              >
                {t('close')}
              </button>
            </div>
          </>
        ) : (
          <>
            <p>{t('actionItemIntro', { city: city || '—' })}</p>
            <figure className="wb-dialog__preview">
              <figcaption>{t('actionItemPreview')}</figcaption>
              <blockquote data-testid="whiteboard.actionItem.preview">{title || '—'}</blockquote>
            </figure>
            {title.length === 0 && <p className="notice">{t('actionItemEmpty')}</p>}
            {existing && (
              <p className="notice notice--info" data-testid="whiteboard.actionItem.already">
                {t('actionItemAlready')}{' '}
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => open(existing)}
                >
                  {t('openActionItem')}
                </button>
              </p>
            )}
            {documents.loading && !documents.data ? (
              <Loading />
            ) : documents.error && !documents.data ? (
              <ErrorNotice error={documents.error} />
            ) : plans.length > 0 ? (
              <label className="field">
                {t('actionItemPlan')}
                <select
                  data-testid="whiteboard.actionItem.plan"
                  value={chosen?.id ?? ''}
                  disabled={busy}
                  onChange={(e) => setPlanId(e.target.value)}
                >
                  {plans.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.title || app('common.untitled')}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <>
                <p data-testid="whiteboard.actionItem.noPlans">{t('actionItemNoPlans')}</p>
                <label className="field">
                  {t('actionItemNewPlanTitle')}
                  <input
                    data-testid="whiteboard.actionItem.newPlanTitle"
                    value={newTitle}
                    maxLength={200}
                    disabled={busy}
                    onChange={(e) => setNewTitle(e.target.value)}
                  />
                </label>
              </>
            )}
            {chosen && reopens && (
              <div className="notice plan-warning" data-testid="whiteboard.actionItem.reopens">
                <p>
                  {t('actionItemReopens', {
                    status: t(planStatus === 'agreed' ? 'planAgreed' : 'planProposed'),
                  })}
                </p>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={confirmed}
                    disabled={busy}
                    onChange={(e) => setVoidConfirmed(e.target.checked ? chosen.id : null)}
                    data-testid="whiteboard.actionItem.editAnyway"
                  />
                  {t('actionItemReopensConfirm')}
                </label>
              </div>
            )}
            {busy && (
              <p role="status" data-testid="whiteboard.actionItem.saving">
                {t('actionItemSaving')}
              </p>
            )}
            {phase.kind === 'failed' &&
              (phase.message ? (
                <p className="form-error" role="alert" data-testid="whiteboard.actionItem.error">
                  {t(phase.message)}
                </p>
              ) : (
                <ErrorNotice error={phase.error} testId="whiteboard.actionItem.error" />
              ))}
            <div className="button-row wb-dialog__actions">
              <button
                type="submit"
                className="button button--primary"
                data-testid="whiteboard.actionItem.submit"
                disabled={
                  busy ||
                  title.length === 0 ||
                  (documents.loading && !documents.data) ||
                  (chosen !== undefined && status.loading && !status.data) ||
                  !confirmed
                }
              >
                {plans.length > 0 ? t('actionItemAdd') : t('actionItemCreatePlan')}
              </button>
              <button
                type="button"
                className="button"
                data-testid="whiteboard.actionItem.cancel"
                disabled={busy}
                onClick={() => dialog.current?.close()}
              >
                {t('actionItemCancel')}
              </button>
            </div>
          </>
        )}
      </form>
    </dialog>
  );
}
