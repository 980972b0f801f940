import type { ActionPlanItem } from '@weft/model';
import { type FormEvent, useState } from 'react';
import { usePlanT } from './PlanStringsProvider.tsx';
import type { PlanCommands } from './planCommands.ts';

const ALLOWED = /^(https?:|mailto:)/i;

/** Adds https:// to a bare host ("ghent.be"); refuses script and data URLs. */
export function normalizeLink(raw: string): string | null {
  const href = raw.trim();
  if (!href) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(href) ? href : `https://${href}`;
  if (!ALLOWED.test(withScheme)) return null;
  try {
    new URL(withScheme);
    return withScheme;
  } catch {
    return null;
  }
}

/** Evidence links of an item: a list of safe links, with add and remove for editors. */
export function EvidenceEditor({ item, commands }: { item: ActionPlanItem; commands: PlanCommands | null }) {
  const t = usePlanT();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = (event: FormEvent) => {
    event.preventDefault();
    const link = normalizeLink(draft);
    if (!link) {
      setError(t('evidence.invalid'));
      return;
    }
    setError(null);
    if (commands?.update(item.id, { evidence: [...item.evidence, link] })) setDraft('');
  };
  return (
    <div className="plan-evidence" data-testid="plan.item.evidence">
      {item.evidence.length === 0 ? (
        <p className="muted">{t('evidence.none')}</p>
      ) : (
        <ul className="plan-evidence__list">
          {item.evidence.map((link, index) => {
            const safe = normalizeLink(link);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same link may be listed twice
              <li key={`${index}-${link}`}>
                {safe ? (
                  <a href={safe} target="_blank" rel="noopener noreferrer nofollow">
                    {link}
                  </a>
                ) : (
                  <span>{link}</span>
                )}
                {commands && (
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    aria-label={t('evidence.remove', { link })}
                    onClick={() =>
                      commands.update(item.id, { evidence: item.evidence.filter((_, i) => i !== index) })
                    }
                  >
                    ×
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {commands && (
        <form className="inline-form plan-evidence__add" onSubmit={add} noValidate>
          <label className="visually-hidden" htmlFor={`evidence-${item.id}`}>
            {t('evidence.newLink')}
          </label>
          <input
            id={`evidence-${item.id}`}
            type="url"
            value={draft}
            placeholder="https://"
            aria-invalid={error ? true : undefined}
            data-testid="plan.item.evidence.input"
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" className="button button--small" data-testid="plan.item.evidence.add">
            {t('evidence.add')}
          </button>
          {error && (
            <span className="form-error" role="alert">
              {error}
            </span>
          )}
        </form>
      )}
    </div>
  );
}
