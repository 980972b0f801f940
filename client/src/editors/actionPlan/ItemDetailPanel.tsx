import {
  type ActionPlanItem,
  CURRENCIES,
  type Currency,
  ITEM_STATUSES,
  type ItemStatus,
  LOGFRAME_LEVELS,
  type LogframeLevel,
  sdgTargetSchema,
} from '@weft/model';
import { type ReactNode, useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { documentPath } from '../../app/documentPath.ts';
import { Link } from '../../app/router.tsx';
import { CommentBadge } from '../../comments/DocumentComments.tsx';
import { formatCalendarDate } from '../../lib/formatDateTime.ts';
import { DeleteItemButton } from './DeleteItemButton.tsx';
import { DraftInput } from './DraftInput.tsx';
import { EvidenceEditor } from './EvidenceEditor.tsx';
import { IndicatorsEditor } from './IndicatorsEditor.tsx';
import { FocusFrame } from './PlanFocusContext.tsx';
import { usePlanT } from './PlanStringsProvider.tsx';
import type { PlanCommands } from './planCommands.ts';
import { parseSourceRef } from './sourceRef.ts';
import { YTextArea } from './YTextArea.tsx';

interface ItemDetailPanelProps {
  item: ActionPlanItem | null;
  /** The live document; null when showing an agreed version. */
  doc: Y.Doc | null;
  commands: PlanCommands | null;
  workspaceId: string;
  cityListId: string;
  language: string;
  onClose(): void;
  onDelete(item: ActionPlanItem): void;
  onError(error: unknown): void;
}

function Field({
  id,
  label,
  children,
  wide,
}: {
  id: string;
  label: string;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <div className={`plan-field${wide ? ' plan-field--wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

function ReadText({ value, testId }: { value: string; testId?: string }) {
  return (
    <p className="plan-readonly-text" data-testid={testId}>
      {value || '—'}
    </p>
  );
}

function SourceRefView({ value, workspaceId }: { value: string | null; workspaceId: string }) {
  const t = usePlanT();
  if (!value) return <p className="muted">{t('detail.noSource')}</p>;
  const ref = parseSourceRef(value);
  if (ref.kind === 'whiteboard' && ref.documentId) {
    const path = `${documentPath(workspaceId, 'whiteboard', ref.documentId)}${ref.shapeId ? `?shape=${encodeURIComponent(ref.shapeId)}` : ''}`;
    return (
      <Link to={path} data-testid="plan.item.sourceRef">
        {t('detail.openWhiteboard', { shape: ref.shapeId ?? '' })}
      </Link>
    );
  }
  if (ref.kind === 'note' && ref.documentId) {
    return (
      <Link to={documentPath(workspaceId, 'note', ref.documentId)} data-testid="plan.item.sourceRef">
        {t('detail.openNote')}
      </Link>
    );
  }
  if (ref.kind === 'whiteboard') {
    return <p data-testid="plan.item.sourceRef">{t('detail.stickyOnBoard', { shape: ref.shapeId ?? '' })}</p>;
  }
  return <p data-testid="plan.item.sourceRef">{value}</p>;
}

/** Every field of one item, in a side panel next to the table. */
export function ItemDetailPanel(props: ItemDetailPanelProps) {
  const { item, doc, commands, language } = props;
  const t = usePlanT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const itemId = item?.id;
  useEffect(() => {
    if (itemId) headingRef.current?.focus();
  }, [itemId]);

  if (!item) {
    return (
      <aside className="plan-detail" aria-label={t('detail.label')} data-testid="plan.detail">
        <p className="notice notice--info">{t('detail.gone')}</p>
        <button type="button" className="button" onClick={props.onClose}>
          {t('detail.close')}
        </button>
      </aside>
    );
  }
  const edit = commands !== null && doc !== null;
  const id = (name: string) => `plan-detail-${name}`;
  const update = (patch: Parameters<PlanCommands['update']>[1]) => commands?.update(item.id, patch);
  const text = (
    name: 'title' | 'leadCity' | 'partnerCity' | 'fundingSource',
    value: string,
    write: (value: string) => void,
    options: { list?: boolean; testId?: string } = {},
  ) =>
    edit ? (
      <FocusFrame itemId={item.id} field={name === 'fundingSource' ? 'budget.fundingSource' : name}>
        <input
          id={id(name)}
          value={value}
          maxLength={name === 'title' ? 300 : 200}
          list={options.list ? props.cityListId : undefined}
          data-testid={options.testId}
          onChange={(e) => write(e.target.value)}
        />
      </FocusFrame>
    ) : (
      <ReadText value={value} testId={options.testId} />
    );
  const responsible = (
    side: 'leadResponsible' | 'partnerResponsible',
    key: 'unit' | 'person',
    label: string,
  ) =>
    edit ? (
      <Field id={id(`${side}-${key}`)} label={label}>
        <FocusFrame itemId={item.id} field={`${side}.${key}`}>
          <input
            id={id(`${side}-${key}`)}
            value={item[side][key]}
            maxLength={200}
            onChange={(e) => update({ [side]: { ...item[side], [key]: e.target.value } })}
          />
        </FocusFrame>
      </Field>
    ) : (
      <Field id={id(`${side}-${key}`)} label={label}>
        <ReadText value={item[side][key]} />
      </Field>
    );
  const date = (field: 'startDate' | 'dueDate') => (
    <Field id={id(field)} label={t(`field.${field}`)}>
      {edit ? (
        <FocusFrame itemId={item.id} field={field}>
          <input
            id={id(field)}
            type="date"
            value={item[field] ?? ''}
            aria-describedby={item[field] ? id(`${field}-shown`) : undefined}
            onChange={(e) => update({ [field]: e.target.value || null })}
          />
        </FocusFrame>
      ) : null}
      {item[field] ? (
        <small id={id(`${field}-shown`)}>
          <time dateTime={item[field] ?? ''}>{formatCalendarDate(item[field] ?? '', language)}</time>
        </small>
      ) : (
        !edit && <ReadText value="" />
      )}
    </Field>
  );

  return (
    <aside
      className="plan-detail"
      aria-labelledby={id('heading')}
      data-testid="plan.detail"
      data-item-id={item.id}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) props.onClose();
      }}
    >
      <div className="plan-detail__head">
        <div>
          <p className="eyebrow">{t(`level.${item.level}`)}</p>
          <h2 id={id('heading')} ref={headingRef} tabIndex={-1}>
            {item.title || t('row.untitled')}
          </h2>
        </div>
        <CommentBadge
          anchor={{ kind: 'planItem', itemId: item.id }}
          quote={item.title || t('row.untitled')}
        />
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={props.onClose}
          aria-label={t('detail.close')}
          data-testid="plan.detail.close"
        >
          ×
        </button>
      </div>
      <div className="plan-detail__grid">
        <Field id={id('title')} label={t('field.title')} wide>
          {text('title', item.title, (title) => update({ title }), { testId: 'plan.detail.title' })}
        </Field>
        <Field id={id('level')} label={t('field.level')}>
          {edit ? (
            <FocusFrame itemId={item.id} field="level">
              <select
                id={id('level')}
                value={item.level}
                data-testid="plan.detail.level"
                onChange={(e) => update({ level: e.target.value as LogframeLevel })}
              >
                {LOGFRAME_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {t(`level.${level}`)}
                  </option>
                ))}
              </select>
            </FocusFrame>
          ) : (
            <ReadText value={t(`level.${item.level}`)} />
          )}
        </Field>
        <Field id={id('status')} label={t('field.status')}>
          {edit ? (
            <FocusFrame itemId={item.id} field="status">
              <select
                id={id('status')}
                value={item.status}
                data-testid="plan.detail.status"
                onChange={(e) => update({ status: e.target.value as ItemStatus })}
              >
                {ITEM_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`status.${status}`)}
                  </option>
                ))}
              </select>
            </FocusFrame>
          ) : (
            <ReadText value={t(`status.${item.status}`)} />
          )}
        </Field>
        <Field id={id('description')} label={t('field.description')} wide>
          {edit && doc ? (
            <FocusFrame itemId={item.id} field="description">
              <YTextArea
                doc={doc}
                itemId={item.id}
                field="description"
                id={id('description')}
                testId="plan.detail.description"
                readOnly={false}
                onError={props.onError}
              />
            </FocusFrame>
          ) : (
            <ReadText value={item.description} testId="plan.detail.description" />
          )}
        </Field>

        <fieldset className="plan-detail__side">
          <legend>{t('detail.lead')}</legend>
          <Field id={id('leadCity')} label={t('field.leadCity')}>
            {text('leadCity', item.leadCity, (leadCity) => update({ leadCity }), { list: true })}
          </Field>
          {responsible('leadResponsible', 'unit', t('field.leadUnit'))}
          {responsible('leadResponsible', 'person', t('field.leadPerson'))}
        </fieldset>
        <fieldset className="plan-detail__side">
          <legend>{t('detail.partner')}</legend>
          <Field id={id('partnerCity')} label={t('field.partnerCity')}>
            {text('partnerCity', item.partnerCity, (partnerCity) => update({ partnerCity }), { list: true })}
          </Field>
          {responsible('partnerResponsible', 'unit', t('field.partnerUnit'))}
          {responsible('partnerResponsible', 'person', t('field.partnerPerson'))}
        </fieldset>

        {date('startDate')}
        {date('dueDate')}
        {item.startDate && item.dueDate && item.dueDate < item.startDate && (
          <p className="form-error plan-field--wide" role="alert">
            {t('detail.invalidDates')}
          </p>
        )}

        <section className="plan-field plan-field--wide" aria-labelledby={id('indicators')}>
          <h3 id={id('indicators')}>{t('field.indicators')}</h3>
          <IndicatorsEditor item={item} commands={edit ? commands : null} />
        </section>

        <fieldset className="plan-detail__side plan-field--wide plan-detail__budget">
          <legend>{t('field.budget')}</legend>
          <Field id={id('amount')} label={t('field.budgetAmount')}>
            {edit ? (
              <FocusFrame itemId={item.id} field="budget.amount">
                <DraftInput
                  id={id('amount')}
                  inputMode="decimal"
                  errorId={id('amount-error')}
                  value={item.budget.amount === null ? '' : String(item.budget.amount)}
                  data-testid="plan.detail.budgetAmount"
                  onCommit={(raw) => {
                    const trimmed = raw.trim().replace(',', '.');
                    if (trimmed === '') {
                      update({ budget: { ...item.budget, amount: null } });
                      return null;
                    }
                    const amount = Number(trimmed);
                    if (!/^\d+(\.\d{1,2})?$/.test(trimmed) || !Number.isFinite(amount))
                      return t('detail.invalidAmount');
                    update({ budget: { ...item.budget, amount } });
                    return null;
                  }}
                />
              </FocusFrame>
            ) : (
              <ReadText
                value={
                  item.budget.amount === null
                    ? ''
                    : new Intl.NumberFormat(language, {
                        style: 'currency',
                        currency: item.budget.currency,
                      }).format(item.budget.amount)
                }
              />
            )}
          </Field>
          <Field id={id('currency')} label={t('field.currency')}>
            {edit ? (
              <FocusFrame itemId={item.id} field="budget.currency">
                <select
                  id={id('currency')}
                  value={item.budget.currency}
                  onChange={(e) =>
                    update({ budget: { ...item.budget, currency: e.target.value as Currency } })
                  }
                >
                  {CURRENCIES.map((currency) => (
                    <option key={currency} value={currency}>
                      {currency}
                    </option>
                  ))}
                </select>
              </FocusFrame>
            ) : (
              <ReadText value={item.budget.currency} />
            )}
          </Field>
          <Field id={id('fundingSource')} label={t('field.fundingSource')}>
            {text('fundingSource', item.budget.fundingSource, (fundingSource) =>
              update({ budget: { ...item.budget, fundingSource } }),
            )}
          </Field>
        </fieldset>

        <Field id={id('sdg')} label={t('field.sdgTargets')} wide>
          {edit ? (
            <FocusFrame itemId={item.id} field="sdgTargets">
              <DraftInput
                id={id('sdg')}
                errorId={id('sdg-error')}
                aria-describedby={id('sdg-hint')}
                value={item.sdgTargets.join(', ')}
                data-testid="plan.detail.sdgTargets"
                onCommit={(raw) => {
                  const values = raw
                    .split(/[;,]/)
                    .map((v) => v.trim())
                    .filter(Boolean);
                  const bad = values.find((v) => !sdgTargetSchema.safeParse(v).success);
                  if (bad) return t('detail.invalidSdg', { value: bad });
                  update({ sdgTargets: values });
                  return null;
                }}
              />
              <small id={id('sdg-hint')}>{t('field.sdgHint')}</small>
            </FocusFrame>
          ) : (
            <ReadText value={item.sdgTargets.join(', ')} />
          )}
        </Field>

        <Field id={id('risks')} label={t('field.risks')} wide>
          {edit && doc ? (
            <FocusFrame itemId={item.id} field="risks">
              <YTextArea
                doc={doc}
                itemId={item.id}
                field="risks"
                id={id('risks')}
                testId="plan.detail.risks"
                readOnly={false}
                onError={props.onError}
              />
            </FocusFrame>
          ) : (
            <ReadText value={item.risks} testId="plan.detail.risks" />
          )}
        </Field>

        <section className="plan-field plan-field--wide" aria-labelledby={id('evidence')}>
          <h3 id={id('evidence')}>{t('field.evidence')}</h3>
          <EvidenceEditor item={item} commands={edit ? commands : null} workspaceId={props.workspaceId} />
        </section>

        <section className="plan-field plan-field--wide" aria-labelledby={id('source')}>
          <h3 id={id('source')}>{t('field.sourceRef')}</h3>
          <SourceRefView value={item.sourceRef} workspaceId={props.workspaceId} />
        </section>
      </div>

      {edit && (
        <div className="plan-detail__danger">
          <DeleteItemButton title={item.title} itemId={item.id} onDelete={() => props.onDelete(item)} />
        </div>
      )}
    </aside>
  );
}
