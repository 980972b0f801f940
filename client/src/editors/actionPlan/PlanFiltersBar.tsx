import { ITEM_STATUSES, type ItemStatus, LOGFRAME_LEVELS, type LogframeLevel } from '@weft/model';
import { usePlanT } from './PlanStringsProvider.tsx';
import { isFiltered, NO_FILTERS, type PlanFilters } from './planView.ts';

interface PlanFiltersBarProps {
  filters: PlanFilters;
  cities: readonly string[];
  shown: number;
  total: number;
  onChange(filters: PlanFilters): void;
}

/** Filters by city, status and logframe level. */
export function PlanFiltersBar({ filters, cities, shown, total, onChange }: PlanFiltersBarProps) {
  const t = usePlanT();
  return (
    <fieldset className="plan-filters" data-testid="plan.filters">
      <legend className="visually-hidden">{t('filters.label')}</legend>
      <label>
        <span>{t('filters.city')}</span>
        <select
          value={filters.city}
          data-testid="plan.filter.city"
          onChange={(e) => onChange({ ...filters, city: e.target.value })}
        >
          <option value="">{t('filters.all')}</option>
          {cities.map((city) => (
            <option key={city} value={city}>
              {city}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filters.status')}</span>
        <select
          value={filters.status}
          data-testid="plan.filter.status"
          onChange={(e) => onChange({ ...filters, status: e.target.value as ItemStatus | '' })}
        >
          <option value="">{t('filters.all')}</option>
          {ITEM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filters.level')}</span>
        <select
          value={filters.level}
          data-testid="plan.filter.level"
          onChange={(e) => onChange({ ...filters, level: e.target.value as LogframeLevel | '' })}
        >
          <option value="">{t('filters.all')}</option>
          {LOGFRAME_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`levelPlural.${level}`)}
            </option>
          ))}
        </select>
      </label>
      {isFiltered(filters) && (
        <>
          <output className="plan-filters__count" data-testid="plan.filter.count">
            {t('filters.showing', { shown, total })}
          </output>
          <button
            type="button"
            className="button button--ghost button--small"
            data-testid="plan.filter.clear"
            onClick={() => onChange(NO_FILTERS)}
          >
            {t('filters.clear')}
          </button>
        </>
      )}
    </fieldset>
  );
}
