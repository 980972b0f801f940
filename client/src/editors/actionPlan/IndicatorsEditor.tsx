import type { ActionPlanItem, Indicator } from '@weft/model';
import { FocusFrame } from './PlanFocusContext.tsx';
import { usePlanT } from './PlanStringsProvider.tsx';
import type { PlanCommands } from './planCommands.ts';

const KEYS = ['name', 'baseline', 'target', 'unit', 'verification'] as const;

/** The indicators of one item as a small editable table. */
export function IndicatorsEditor({
  item,
  commands,
}: {
  item: ActionPlanItem;
  commands: PlanCommands | null;
}) {
  const t = usePlanT();
  const write = (indicators: Indicator[]) => commands?.update(item.id, { indicators });
  const setField = (index: number, key: (typeof KEYS)[number], value: string) =>
    write(item.indicators.map((indicator, i) => (i === index ? { ...indicator, [key]: value } : indicator)));

  return (
    <div className="plan-indicators" data-testid="plan.item.indicators">
      {item.indicators.length === 0 ? (
        <p className="muted">{t('indicators.none')}</p>
      ) : (
        <ol className="plan-indicators__list">
          {item.indicators.map((indicator, index) => (
            <li key={indicator.id} className="plan-indicator" data-testid="plan.item.indicator">
              {KEYS.map((key) => {
                const inputId = `indicator-${indicator.id}-${key}`;
                return (
                  <div key={key} className={`plan-indicator__field plan-indicator__field--${key}`}>
                    <label htmlFor={inputId}>{t(`indicators.${key}`)}</label>
                    {commands ? (
                      <FocusFrame itemId={item.id} field={`indicators.${indicator.id}.${key}`}>
                        <input
                          id={inputId}
                          value={indicator[key]}
                          maxLength={500}
                          aria-label={t('indicators.fieldOf', {
                            field: t(`indicators.${key}`),
                            index: index + 1,
                          })}
                          data-testid={`plan.item.indicator.${key}`}
                          onChange={(e) => setField(index, key, e.target.value)}
                        />
                      </FocusFrame>
                    ) : (
                      <p id={inputId} className="plan-readonly-text">
                        {indicator[key] || '—'}
                      </p>
                    )}
                  </div>
                );
              })}
              {commands && (
                <button
                  type="button"
                  className="button button--ghost button--small plan-indicator__remove"
                  aria-label={t('indicators.remove', { name: indicator.name || index + 1 })}
                  data-testid="plan.item.indicator.remove"
                  onClick={() => write(item.indicators.filter((_, i) => i !== index))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {commands && (
        <button
          type="button"
          className="button button--small"
          data-testid="plan.item.indicator.add"
          onClick={() =>
            write([
              ...item.indicators,
              {
                id: globalThis.crypto.randomUUID(),
                name: '',
                baseline: '',
                target: '',
                unit: '',
                verification: '',
              },
            ])
          }
        >
          + {t('indicators.add')}
        </button>
      )}
    </div>
  );
}
