import { useEffect, useRef } from 'react';
import { usePlanT } from './PlanStringsProvider.tsx';

interface PartiesChooserProps {
  /** Every workspace city, in the workspace's order. */
  cities: readonly string[];
  chosen: readonly string[];
  onChange(next: readonly string[]): void;
}

/** Which of the workspace's cities are parties to the plan being proposed (two or more). */
export function PartiesChooser({ cities, chosen, onChange }: PartiesChooserProps) {
  const t = usePlanT();
  const toggle = (city: string, on: boolean) =>
    onChange(cities.filter((c) => (c === city ? on : chosen.includes(c))));
  return (
    <fieldset className="plan-parties-choice" data-testid="plan.signoff.parties">
      <legend>{t('parties.choose')}</legend>
      <p className="muted">{t('parties.chooseHelp')}</p>
      {cities.map((city) => (
        <label key={city} className="checkbox">
          <input
            type="checkbox"
            checked={chosen.includes(city)}
            onChange={(e) => toggle(city, e.target.checked)}
            data-testid="plan.signoff.partyChoice"
            data-city={city}
          />
          {city}
        </label>
      ))}
      {chosen.length < 2 && (
        <p className="form-error" role="alert">
          {t('parties.tooFew')}
        </p>
      )}
    </fieldset>
  );
}

interface SignConfirmationProps {
  title: string;
  city: string;
  /** Content hash being signed; its start names the version. */
  hash: string;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** Signing is a second, explicit step that names the plan and the exact content being signed. */
export function SignConfirmation({ title, city, hash, busy, onConfirm, onCancel }: SignConfirmationProps) {
  const t = usePlanT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="notice plan-sign-confirmation" aria-labelledby="plan-sign-confirm-title">
      <h3 id="plan-sign-confirm-title" tabIndex={-1} ref={heading} data-testid="plan.signoff.confirmTitle">
        {t('parties.confirmTitle', { title, city })}
      </h3>
      <p>{t('parties.confirmBody', { hash: hash.slice(0, 8) })}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={onConfirm}
          data-testid="plan.signoff.confirmSign"
        >
          {t('parties.confirm', { city })}
        </button>
        <button type="button" className="button" onClick={onCancel} data-testid="plan.signoff.cancelSign">
          {t('parties.back')}
        </button>
      </div>
    </section>
  );
}
