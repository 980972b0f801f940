import type { ActionPlanItem, LogframeLevel } from '@weft/model';
import { type DragEvent, useState } from 'react';
import { type ChangeMark, type DropSide, PlanRow } from './PlanRow.tsx';
import { usePlanT } from './PlanStringsProvider.tsx';
import type { PlanCommands } from './planCommands.ts';
import { keyboardMoveTarget, type LevelGroup } from './planView.ts';

interface PlanTableProps {
  groups: LevelGroup[];
  commands: PlanCommands | null;
  cityListId: string;
  language: string;
  today: string;
  selectedId: string | null;
  filtered: boolean;
  changeMarks: ReadonlyMap<string, ChangeMark>;
  onOpenDetails(id: string): void;
  onAdd(level: LogframeLevel): void;
  /** Tells screen reader users what a move did (a polite live region). */
  announce(message: string): void;
}

type DropTarget = { id: string; side: DropSide } | { level: LogframeLevel } | null;

const DRAG_TYPE = 'application/x-weft-plan-item';

/** Puts the focus back on the same field of a moved row once React has re-ordered the rows. */
function refocus(itemId: string, field: string | null) {
  requestAnimationFrame(() => {
    const row = document.querySelector(`[data-item-id="${CSS.escape(itemId)}"]`);
    const target = field
      ? row?.querySelector<HTMLElement>(
          `[data-field="${CSS.escape(field)}"] input, [data-field="${CSS.escape(field)}"] select, button[data-field="${CSS.escape(field)}"]`,
        )
      : null;
    (target ?? row?.querySelector<HTMLElement>('[data-testid="plan.item.handle"]'))?.focus();
  });
}

/** The plan as tables grouped by logframe level, reordered by drag and drop or Alt+↑/↓. */
export function PlanTable(props: PlanTableProps) {
  const { groups, commands, selectedId, changeMarks, announce } = props;
  const t = usePlanT();
  const [dragId, setDragId] = useState<string | null>(null);
  const [drop, setDrop] = useState<DropTarget>(null);
  const edit = commands !== null;

  const levelName = (level: LogframeLevel) => t(`levelPlural.${level}`);
  const titleOf = (item: ActionPlanItem) => item.title || t('row.untitled');
  const find = (id: string) => {
    for (const group of groups) {
      const index = group.items.findIndex((item) => item.id === id);
      if (index >= 0) return { group, index, item: group.items[index] as ActionPlanItem };
    }
    return null;
  };

  const onKeyboardMove = (id: string, direction: 'up' | 'down', field: string | null) => {
    const found = find(id);
    if (!found || !commands) return;
    const target = keyboardMoveTarget(found.group.items, id, direction);
    const vars = { title: titleOf(found.item), level: levelName(found.group.level) };
    if (!target) {
      announce(t(direction === 'up' ? 'move.atTop' : 'move.atBottom', vars));
      return;
    }
    if (!commands.move(id, target)) return;
    const position = found.index + (direction === 'up' ? 0 : 2);
    announce(t('move.moved', { ...vars, position, count: found.group.items.length }));
    refocus(id, field);
  };

  const endDrag = () => {
    setDragId(null);
    setDrop(null);
  };

  const dropOn = (targetLevel: LogframeLevel, placement: { before: string } | { after: string } | 'end') => {
    const found = dragId ? find(dragId) : null;
    endDrag();
    if (!found || !commands) return;
    const vars = { title: titleOf(found.item), level: levelName(targetLevel) };
    if (targetLevel !== found.item.level) {
      if (commands.moveToLevel(found.item.id, targetLevel, placement)) announce(t('move.movedLevel', vars));
      return;
    }
    if (typeof placement === 'object' && Object.values(placement)[0] === found.item.id) return;
    if (commands.move(found.item.id, placement)) announce(t('move.movedLevel', vars));
  };

  const rowHandlers = {
    onDragStart(id: string, event: DragEvent) {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData(DRAG_TYPE, id);
      event.dataTransfer.setData('text/plain', find(id)?.item.title ?? id);
      const row = (event.currentTarget as HTMLElement).closest('tr');
      if (row) event.dataTransfer.setDragImage(row, 16, 16);
      setDragId(id);
    },
    onDragEnd: endDrag,
    onDragOverRow(id: string, side: DropSide, event: DragEvent) {
      if (!dragId) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (!drop || !('id' in drop) || drop.id !== id || drop.side !== side) setDrop({ id, side });
    },
    onDropOnRow(id: string, side: DropSide, event: DragEvent) {
      if (!dragId) return;
      event.preventDefault();
      const level = find(id)?.group.level;
      if (level) dropOn(level, side === 'before' ? { before: id } : { after: id });
    },
  };

  return (
    <div className="plan-groups" data-testid="plan.table">
      <p id="plan-move-hint" className="visually-hidden">
        {t('row.moveHint')}
      </p>
      {groups.map((group) => {
        const headingId = `plan-group-${group.level}`;
        const emptyDrop = drop !== null && 'level' in drop && drop.level === group.level;
        return (
          <section
            key={group.level}
            className="plan-group"
            aria-labelledby={headingId}
            data-testid="plan.group"
            data-level={group.level}
          >
            <div className="plan-group__head">
              <h2 id={headingId}>
                {t('table.caption', { level: levelName(group.level), count: group.items.length })}
              </h2>
              {edit && (
                <button
                  type="button"
                  className="button button--small"
                  data-testid="plan.item.add"
                  data-level={group.level}
                  onClick={() => props.onAdd(group.level)}
                >
                  + {t('table.add', { level: t(`level.${group.level}`).toLocaleLowerCase() })}
                </button>
              )}
            </div>
            {group.items.length === 0 ? (
              <p
                className={`plan-group__empty${emptyDrop ? ' plan-group__empty--drop' : ''}`}
                onDragOver={
                  edit
                    ? (e) => {
                        if (!dragId) return;
                        e.preventDefault();
                        if (!emptyDrop) setDrop({ level: group.level });
                      }
                    : undefined
                }
                onDrop={
                  edit
                    ? (e) => {
                        e.preventDefault();
                        dropOn(group.level, 'end');
                      }
                    : undefined
                }
              >
                {dragId
                  ? t('table.dropHere', { level: t(`level.${group.level}`).toLocaleLowerCase() })
                  : t(props.filtered ? 'table.emptyFiltered' : 'table.empty')}
              </p>
            ) : (
              <div className="plan-table-wrap">
                <table
                  className={`plan-table${edit ? '' : ' plan-table--readonly'}`}
                  aria-labelledby={headingId}
                >
                  <thead>
                    <tr>
                      {edit && (
                        <th scope="col" className="plan-cell--handle">
                          <span className="visually-hidden">{t('row.order')}</span>
                        </th>
                      )}
                      <th scope="col" className="plan-col-title">
                        {t('field.title')}
                      </th>
                      <th scope="col" className="plan-col-status">
                        {t('field.status')}
                      </th>
                      <th scope="col" className="plan-col-city">
                        {t('field.leadCity')}
                      </th>
                      <th scope="col" className="plan-col-city plan-optional">
                        {t('field.partnerCity')}
                      </th>
                      <th scope="col" className="plan-col-owner plan-optional">
                        {t('field.owner')}
                      </th>
                      <th scope="col" className="plan-col-date plan-optional">
                        {t('field.startDate')}
                      </th>
                      <th scope="col" className="plan-col-date">
                        {t('field.dueDate')}
                      </th>
                      <th scope="col" className="plan-col-actions">
                        <span className="visually-hidden">{t('row.details')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {group.items.map((item) => (
                      <PlanRow
                        key={item.id}
                        item={item}
                        commands={commands}
                        cityListId={props.cityListId}
                        language={props.language}
                        today={props.today}
                        selected={selectedId === item.id}
                        changeMark={changeMarks.get(item.id) ?? null}
                        dropSide={
                          drop && 'id' in drop && drop.id === item.id && dragId !== item.id ? drop.side : null
                        }
                        onOpenDetails={props.onOpenDetails}
                        onKeyboardMove={onKeyboardMove}
                        {...rowHandlers}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
