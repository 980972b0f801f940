import type { ActionPlanItem } from '@weft/model';
import { type FormEvent, useRef, useState } from 'react';
import { filesApi } from '../../files/filesApi.ts';
import { attachedFileName, fileEvidenceLink } from './fileEvidence.ts';
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

interface EvidenceEditorProps {
  item: ActionPlanItem;
  commands: PlanCommands | null;
  workspaceId: string;
}

/** Evidence of an item: safe links and attached files, with add, attach and remove for editors. */
export function EvidenceEditor({ item, commands, workspaceId }: EvidenceEditorProps) {
  const t = usePlanT();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const attach = async (file: File) => {
    setStatus(t('evidence.attaching', { name: file.name }));
    try {
      const { file: stored } = await filesApi.upload(workspaceId, file, file.name);
      const link = fileEvidenceLink(window.location.origin, stored.id, stored.name);
      commands?.update(item.id, { evidence: [...item.evidence, link] });
      setStatus(null);
    } catch (err) {
      setStatus(t('evidence.attachFailed', { name: file.name, message: (err as Error).message }));
    }
  };
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
                    {attachedFileName(link) ? `📎 ${attachedFileName(link)}` : link}
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
          <button
            type="button"
            className="button button--small"
            onClick={() => fileInput.current?.click()}
            data-testid="plan.item.evidence.attach"
          >
            {t('evidence.attach')}
          </button>
          <input
            ref={fileInput}
            type="file"
            hidden
            tabIndex={-1}
            data-testid="plan.item.evidence.file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void attach(file);
            }}
          />
          {status && (
            <span role="status" className="muted">
              {status}
            </span>
          )}
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
