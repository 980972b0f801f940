import type { ActionPlanItem, ActionPlanSnapshot, LogframeLevel } from '@weft/model';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { ItemDetailPanel } from './ItemDetailPanel.tsx';
import { PlanFiltersBar } from './PlanFiltersBar.tsx';
import type { ChangeMark } from './PlanRow.tsx';
import { usePlanT } from './PlanStringsProvider.tsx';
import { PlanTable } from './PlanTable.tsx';
import type { PlanCommands } from './planCommands.ts';
import {
  cityOptions,
  groupByLevel,
  isFiltered,
  matchesFilters,
  NO_FILTERS,
  type PlanFilters,
} from './planView.ts';

interface PlanViewProps {
  plan: ActionPlanSnapshot;
  doc: Y.Doc | null;
  commands: PlanCommands | null;
  /** Parties to offer first in city pickers (the sign-off parties or workspace cities). */
  parties: readonly string[];
  /** My city: a new item is led by it. */
  myCity: string;
  workspaceId: string;
  language: string;
  today: string;
  changeMarks: ReadonlyMap<string, ChangeMark>;
  /** Export, import and other tools shown beside the filters. */
  tools?: ReactNode;
  onError(error: unknown): void;
}

function focusTitle(itemId: string, attempts = 10) {
  requestAnimationFrame(() => {
    const input = document.querySelector<HTMLElement>(
      `[data-item-id="${CSS.escape(itemId)}"] [data-testid="plan.item.title"]`,
    );
    if (input) input.focus();
    else if (attempts > 0) focusTitle(itemId, attempts - 1);
  });
}

/** Filters, the grouped table and the detail panel of a plan (live or an agreed version). */
export function PlanView(props: PlanViewProps) {
  const { plan, commands, language } = props;
  const t = usePlanT();
  const [filters, setFilters] = useState<PlanFilters>(NO_FILTERS);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((message: string) => {
    // Repeating the same message must still be read out.
    setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message));
  }, []);

  const groups = useMemo(() => groupByLevel(plan.items, filters), [plan.items, filters]);
  const cities = useMemo(() => cityOptions(plan, props.parties), [plan, props.parties]);
  const shown = useMemo(
    () => plan.items.filter((item) => matchesFilters(item, filters)).length,
    [plan.items, filters],
  );
  const selected: ActionPlanItem | null = selectedId
    ? (plan.items.find((i) => i.id === selectedId) ?? null)
    : null;
  const cityListId = 'plan-cities';

  const add = (level: LogframeLevel) => {
    if (!commands) return;
    const partner =
      cities.find((c) => c.localeCompare(props.myCity, undefined, { sensitivity: 'accent' }) !== 0) ?? '';
    const id = commands.add({ level, leadCity: props.myCity, partnerCity: props.myCity ? partner : '' });
    if (!id) return;
    setFilters(NO_FILTERS);
    announce(t('detail.added', { level: t(`level.${level}`).toLocaleLowerCase() }));
    focusTitle(id);
  };

  const closeDetails = () => {
    const id = selectedId;
    setSelectedId(null);
    if (id) {
      requestAnimationFrame(() =>
        document
          .querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"] [data-testid="plan.item.details"]`)
          ?.focus(),
      );
    }
  };

  return (
    <div className={`plan-view${selectedId ? ' plan-view--with-detail' : ''}`}>
      <div className="plan-view__bar" role="toolbar" aria-label={t('page.toolbar')}>
        <PlanFiltersBar
          filters={filters}
          cities={cities}
          shown={shown}
          total={plan.items.length}
          onChange={setFilters}
        />
        {props.tools}
      </div>
      <datalist id={cityListId}>
        {cities.map((city) => (
          <option key={city} value={city} />
        ))}
      </datalist>
      <div className="plan-view__body">
        <PlanTable
          groups={groups}
          commands={commands}
          cityListId={cityListId}
          language={language}
          today={props.today}
          selectedId={selectedId}
          filtered={isFiltered(filters)}
          changeMarks={props.changeMarks}
          onOpenDetails={(id) => setSelectedId((current) => (current === id ? null : id))}
          onAdd={add}
          announce={announce}
        />
        {selectedId && (
          <ItemDetailPanel
            item={selected}
            doc={props.doc}
            commands={commands}
            workspaceId={props.workspaceId}
            cityListId={cityListId}
            language={language}
            onClose={closeDetails}
            onError={props.onError}
            onDelete={(item) => {
              if (commands?.remove(item.id)) {
                setSelectedId(null);
                announce(t('detail.deleted', { title: item.title || t('row.untitled') }));
              }
            }}
          />
        )}
      </div>
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="plan.announcer">
        {announcement}
      </div>
    </div>
  );
}
