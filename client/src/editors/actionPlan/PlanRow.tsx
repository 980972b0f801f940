import { type ActionPlanItem, ITEM_STATUSES, type ItemStatus } from '@weft/model';
import type { DragEvent, KeyboardEvent } from 'react';
import { CommentBadge } from '../../comments/DocumentComments.tsx';
import { FocusFrame } from './PlanFocusContext.tsx';
import { usePlanT } from './PlanStringsProvider.tsx';
import type { PlanCommands } from './planCommands.ts';
import { formatPlanDate, isOverdue } from './planDates.ts';

export type ChangeMark = 'added' | 'changed' | null;
export type DropSide = 'before' | 'after';

export interface PlanRowProps {
  item: ActionPlanItem;
  /** Null when the plan is shown read-only (viewer, or an agreed version). */
  commands: PlanCommands | null;
  cityListId: string;
  language: string;
  today: string;
  selected: boolean;
  changeMark: ChangeMark;
  dropSide: DropSide | null;
  onOpenDetails(id: string): void;
  onKeyboardMove(id: string, direction: 'up' | 'down', field: string | null): void;
  onDragStart(id: string, event: DragEvent): void;
  onDragEnd(): void;
  onDragOverRow(id: string, side: DropSide, event: DragEvent): void;
  onDropOnRow(id: string, side: DropSide, event: DragEvent): void;
}

function sideOf(event: DragEvent<HTMLElement>): DropSide {
  const rect = event.currentTarget.getBoundingClientRect();
  return event.clientY < rect.top + rect.height / 2 ? 'before' : 'after';
}

function DateCell({ value, language }: { value: string | null; language: string }) {
  return value ? (
    <time dateTime={value}>{formatPlanDate(value, language)}</time>
  ) : (
    <span className="muted">—</span>
  );
}

/** One item in the table, with inline editing of the fields people change most. */
export function PlanRow(props: PlanRowProps) {
  const { item, commands, cityListId, language, today, selected, changeMark, dropSide } = props;
  const t = usePlanT();
  const title = item.title || t('row.untitled');
  const overdue = isOverdue(item.dueDate, item.status, today);
  const edit = commands !== null;

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (!edit || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    // Alt+Down opens a select's list on some systems; leave selects alone.
    if (event.target instanceof HTMLSelectElement) return;
    event.preventDefault();
    const field = (event.target as HTMLElement).closest('[data-field]')?.getAttribute('data-field') ?? null;
    props.onKeyboardMove(item.id, event.key === 'ArrowUp' ? 'up' : 'down', field);
  };

  const text = (field: 'title' | 'leadCity' | 'partnerCity', labelKey: string, testId: string) => (
    <FocusFrame itemId={item.id} field={field}>
      <input
        className="plan-cell-input"
        value={item[field]}
        aria-label={t(labelKey, { title })}
        data-testid={testId}
        list={field === 'title' ? undefined : cityListId}
        maxLength={field === 'title' ? 300 : 100}
        onChange={(e) => commands?.update(item.id, { [field]: e.target.value })}
      />
    </FocusFrame>
  );

  const date = (field: 'startDate' | 'dueDate', labelKey: string, testId: string) => (
    <FocusFrame itemId={item.id} field={field}>
      <input
        type="date"
        className="plan-cell-input plan-cell-input--date"
        value={item[field] ?? ''}
        aria-label={t(labelKey, { title })}
        data-testid={testId}
        onChange={(e) => commands?.update(item.id, { [field]: e.target.value || null })}
      />
    </FocusFrame>
  );

  // On phones each row is a card: a field's name shows above it (its control has its own label).
  const label = (key: string) => (
    <span className="plan-cell__label" aria-hidden="true">
      {t(key)}
    </span>
  );

  const classes = [
    'plan-row',
    selected ? 'plan-row--selected' : '',
    changeMark ? `plan-row--${changeMark}` : '',
    dropSide ? `plan-row--drop-${dropSide}` : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <tr
      className={classes}
      data-testid="plan.item"
      data-item-id={item.id}
      data-level={item.level}
      onKeyDown={onKeyDown}
      onDragOver={edit ? (e) => props.onDragOverRow(item.id, sideOf(e), e) : undefined}
      onDrop={edit ? (e) => props.onDropOnRow(item.id, sideOf(e), e) : undefined}
    >
      {edit && (
        <td className="plan-cell plan-cell--handle">
          <button
            type="button"
            className="plan-handle"
            draggable
            aria-label={t('row.move', { title })}
            title={t('row.moveHint')}
            aria-describedby="plan-move-hint"
            data-testid="plan.item.handle"
            data-field="handle"
            onDragStart={(e) => props.onDragStart(item.id, e)}
            onDragEnd={props.onDragEnd}
          >
            <span aria-hidden="true">⋮⋮</span>
          </button>
        </td>
      )}
      <td className="plan-cell plan-cell--title">
        {edit ? (
          text('title', 'row.titleOf', 'plan.item.title')
        ) : (
          <span data-testid="plan.item.title">{title}</span>
        )}
        {changeMark && (
          <span className={`badge plan-mark plan-mark--${changeMark}`} data-testid="plan.item.changeMark">
            {t(changeMark === 'added' ? 'row.added' : 'row.changed')}
          </span>
        )}
      </td>
      <td className="plan-cell plan-cell--status">
        {label('field.status')}
        {edit ? (
          <FocusFrame itemId={item.id} field="status">
            <select
              className={`plan-cell-input plan-status plan-status--${item.status}`}
              value={item.status}
              aria-label={t('row.statusOf', { title })}
              data-testid="plan.item.status"
              onChange={(e) => commands?.update(item.id, { status: e.target.value as ItemStatus })}
            >
              {ITEM_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`status.${status}`)}
                </option>
              ))}
            </select>
          </FocusFrame>
        ) : (
          <span className={`plan-status plan-status--${item.status}`} data-testid="plan.item.status">
            {t(`status.${item.status}`)}
          </span>
        )}
      </td>
      <td className="plan-cell plan-cell--lead">
        {label('field.leadCity')}
        {edit ? (
          text('leadCity', 'row.leadCityOf', 'plan.item.leadCity')
        ) : (
          <span>{item.leadCity || '—'}</span>
        )}
      </td>
      <td className="plan-cell plan-cell--partner plan-optional">
        {label('field.partnerCity')}
        {edit ? (
          text('partnerCity', 'row.partnerCityOf', 'plan.item.partnerCity')
        ) : (
          <span>{item.partnerCity || '—'}</span>
        )}
      </td>
      <td className="plan-cell plan-cell--owner plan-optional">
        {label('field.owner')}
        {edit ? (
          <FocusFrame itemId={item.id} field="leadResponsible.person">
            <input
              className="plan-cell-input"
              value={item.leadResponsible.person}
              aria-label={t('row.ownerOf', { title })}
              data-testid="plan.item.owner"
              maxLength={200}
              onChange={(e) =>
                commands?.update(item.id, {
                  leadResponsible: { ...item.leadResponsible, person: e.target.value },
                })
              }
            />
          </FocusFrame>
        ) : (
          <span data-testid="plan.item.owner">{item.leadResponsible.person || '—'}</span>
        )}
      </td>
      <td className="plan-cell plan-cell--start plan-optional">
        {label('field.startDate')}
        {edit ? (
          date('startDate', 'row.startOf', 'plan.item.startDate')
        ) : (
          <DateCell value={item.startDate} language={language} />
        )}
      </td>
      <td className="plan-cell plan-cell--due">
        {label('field.dueDate')}
        {edit ? (
          date('dueDate', 'row.dueOf', 'plan.item.dueDate')
        ) : (
          <DateCell value={item.dueDate} language={language} />
        )}
        {overdue && (
          <span className="badge plan-overdue" data-testid="plan.item.overdue">
            {t('row.overdue')}
          </span>
        )}
      </td>
      <td className="plan-cell plan-cell--actions">
        <CommentBadge anchor={{ kind: 'planItem', itemId: item.id }} quote={title} />
        <button
          type="button"
          className="button button--ghost button--small"
          aria-label={t('row.detailsOf', { title })}
          aria-expanded={selected}
          data-testid="plan.item.details"
          data-field="details"
          onClick={() => props.onOpenDetails(item.id)}
        >
          {t('row.details')}
        </button>
      </td>
    </tr>
  );
}
