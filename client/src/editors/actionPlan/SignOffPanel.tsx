import type { SignOffResponse } from '@weft/protocol';
import { useEffect, useRef, useState } from 'react';
import { Link } from '../../app/router.tsx';
import { useAnnouncement } from '../../components/useAnnouncement.ts';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { DiffView } from './DiffView.tsx';
import type { PlanStrings } from './locales/en.ts';
import { PartiesChooser, SignConfirmation } from './PartiesChooser.tsx';
import { type PlanTranslate, usePlanT } from './PlanStringsProvider.tsx';
import { type PlanVersionDiff, planApi } from './planApi.ts';
import { SignatureLine } from './SignatureLine.tsx';
import type { SignOffControl } from './useSignOff.ts';
import { VersionsList } from './VersionsList.tsx';

interface SignOffPanelProps {
  documentId: string;
  control: SignOffControl;
  /** Hash of the plan as shown here (what a signer has reviewed). */
  localHash: string;
  /** True while local edits have not reached the server. */
  unsynced: boolean;
  diff: PlanVersionDiff | null;
  timeZone: string;
  /** The plan's title, named in the signing confirmation. */
  planTitle: string;
}

const SIGNING_ROLES = ['facilitator', 'editor'];

/** Why this person cannot sign right now, in their language (null when they can). */
function blockedReason(data: SignOffResponse, t: PlanTranslate): string | null {
  const { you } = data;
  if (you.canSign) return null;
  if (!SIGNING_ROLES.includes(you.role)) return t('signoff.blocked.forbidden_role');
  if (data.status !== 'proposed') return null;
  if (!you.city.trim()) return t('signoff.blocked.no_city');
  if (!you.party) return t('signoff.blocked.not_a_party', { city: you.city });
  if (data.signedParties.includes(you.party)) return t('signoff.blocked.already_signed', { city: you.party });
  return null;
}

/** State, parties and signatures of the plan, the actions this person may take, and what changed. */
export function SignOffPanel({
  documentId,
  control,
  localHash,
  unsynced,
  diff,
  timeZone,
  planTitle,
}: SignOffPanelProps) {
  const t = usePlanT();
  const { t: appT, i18n } = useTranslation();
  const { data, error, busy } = control;
  const [notice, setNotice] = useState<string | null>(null);
  const [chosen, setChosen] = useState<readonly string[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [announcement, announce] = useAnnouncement();
  const status = data?.status;
  const lastStatus = useRef(status);
  // Someone (maybe in another city) proposing, signing or agreeing changes this; say it politely.
  useEffect(() => {
    const before = lastStatus.current;
    lastStatus.current = status;
    if (before !== undefined && status !== undefined && before !== status)
      announce(`${t('signoff.title')}: ${t(`signoff.status.${status}`)}`);
  }, [status, announce, t]);
  if (!data) {
    return (
      <section className="card plan-signoff" data-testid="plan.signoff" aria-busy="true">
        <h2>{t('signoff.title')}</h2>
        <p className="muted">{appT('common.loading')}</p>
      </section>
    );
  }
  const stateHash = typeof data.state.contentHash === 'string' ? data.state.contentHash : null;
  // Proposed content edited here: the signatures are void even before the server has looked.
  const editedSinceProposal = data.status === 'proposed' && stateHash !== null && stateHash !== localHash;
  const latest = data.latestVersion;
  const changedSinceAgreed =
    latest !== null && (data.changedSinceAgreed === true || latest.contentHash !== localHash);
  const reason = blockedReason(data, t);
  const errorText = error
    ? error.reason && i18n.exists(`signoff.error.${error.reason}`, { ns: 'plan' })
      ? t(`signoff.error.${error.reason}` as `signoff.error.${keyof PlanStrings['signoff']['error']}`)
      : appT(error.isOffline ? 'errors.offline' : 'errors.generic')
    : null;

  return (
    <section
      className="card plan-signoff"
      data-testid="plan.signoff"
      data-status={data.status}
      aria-labelledby="plan-signoff-title"
    >
      <div className="plan-signoff__head">
        <h2 id="plan-signoff-title">{t('signoff.title')}</h2>
        <span
          className={`badge plan-state plan-state--${data.status}`}
          data-testid="plan.signoff.status"
          data-status={data.status}
        >
          {t(`signoff.status.${data.status}`)}
        </span>
      </div>
      <p role="status" className="visually-hidden" data-testid="plan.signoff.announcement">
        {announcement}
      </p>
      <p className="muted plan-signoff__help">{t(`signoff.statusHelp.${data.status}`)}</p>

      {data.parties.length === 0 ? (
        <p className="notice notice--info">{t('signoff.noParties')}</p>
      ) : (
        <ul className="plan-parties" aria-label={t('signoff.parties')}>
          {data.parties.map((party) => {
            const signature =
              data.status === 'agreed' && latest && !changedSinceAgreed
                ? latest.signatures.find((s) => s.city === party)
                : data.validSignatures.find((s) => s.city === party);
            return (
              <li
                key={party}
                className="plan-party"
                data-testid="plan.signoff.party"
                data-party={party}
                data-signed={signature && !editedSinceProposal ? 'true' : 'false'}
              >
                {signature ? (
                  <SignatureLine
                    signature={signature}
                    timeZone={timeZone}
                    void={editedSinceProposal}
                    testId="plan.signoff.signature"
                  />
                ) : (
                  <div className="plan-signature">
                    <strong>{party}</strong>
                    {data.status === 'proposed' && <span className="muted">{t('signoff.pending')}</span>}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}

      {editedSinceProposal && (
        <p className="notice plan-warning" role="status" data-testid="plan.signoff.localChange">
          {t('signoff.localChange')}
        </p>
      )}

      {data.you.canPropose && data.workspaceCities.length > 2 && (
        <PartiesChooser cities={data.workspaceCities} chosen={chosen ?? data.parties} onChange={setChosen} />
      )}
      <div className="button-row plan-signoff__actions">
        {data.you.canPropose && (
          <button
            type="button"
            className="button button--primary"
            disabled={busy || (chosen !== null && chosen.length < 2)}
            data-testid="plan.signoff.propose"
            onClick={() =>
              void control
                .run((id) => planApi.propose(id, localHash, chosen ?? undefined))
                .then(() => setChosen(null))
            }
          >
            {t('signoff.propose')}
          </button>
        )}
        {data.you.canSign && data.you.party && !confirming && (
          <button
            type="button"
            className="button button--primary"
            disabled={busy || editedSinceProposal}
            aria-describedby="plan-sign-confirm"
            data-testid="plan.signoff.sign"
            onClick={() => {
              if (unsynced) {
                setNotice(t('signoff.error.unsynced'));
                return;
              }
              setNotice(null);
              setConfirming(true);
            }}
          >
            {t('signoff.sign', { city: data.you.party })}
          </button>
        )}
        {data.you.canWithdraw && data.you.party && (
          <button
            type="button"
            className="button"
            disabled={busy}
            data-testid="plan.signoff.withdraw"
            onClick={() => void control.run((id) => planApi.withdraw(id))}
          >
            {t('signoff.withdraw', { city: data.you.party })}
          </button>
        )}
        {data.you.canCancel && (
          <button
            type="button"
            className="button button--ghost"
            disabled={busy}
            data-testid="plan.signoff.cancel"
            onClick={() => void control.run((id) => planApi.cancel(id))}
          >
            {t('signoff.cancel')}
          </button>
        )}
      </div>
      {data.you.canSign && data.you.party && confirming && (
        <SignConfirmation
          title={planTitle}
          city={data.you.party}
          hash={localHash}
          busy={busy || editedSinceProposal}
          onConfirm={() => {
            setConfirming(false);
            void control.run((id) => planApi.sign(id, localHash));
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
      {data.you.canSign && data.you.party && (
        <p id="plan-sign-confirm" className="muted plan-signoff__confirm">
          {t('signoff.signConfirm', { city: data.you.party })}
        </p>
      )}
      {reason && (
        <p className="muted" data-testid="plan.signoff.blocked">
          {reason}
        </p>
      )}
      {notice && (
        <p className="form-error" role="alert" data-testid="plan.signoff.notice">
          {notice}
        </p>
      )}
      {errorText && (
        <p className="form-error" role="alert" data-testid="plan.signoff.error">
          {errorText}
        </p>
      )}

      {latest && !changedSinceAgreed && data.status === 'agreed' && (
        <p className="plan-signoff__agreed">
          <Link to={`?version=${encodeURIComponent(latest.id)}`} data-testid="plan.signoff.openAgreed">
            {t('versions.open')}: {latest.name}
          </Link>
        </p>
      )}
      {latest && changedSinceAgreed && (
        <div className="plan-changed" data-testid="plan.signoff.changed">
          <h3>{t('signoff.changedSince', { version: latest.name })}</h3>
          <p>{t('signoff.changedSinceHelp', { version: latest.name })}</p>
          <p className="plan-changed__label">{t('signoff.voidSignatures', { version: latest.name })}</p>
          <ul className="plan-parties">
            {latest.signatures.map((signature) => (
              <li key={`${signature.city}-${signature.userId}`} className="plan-party">
                <SignatureLine
                  signature={signature}
                  timeZone={timeZone}
                  void
                  testId="plan.signoff.voidSignature"
                />
              </li>
            ))}
          </ul>
          {diff && diff.version.id === latest.id && <DiffView diff={diff.diff} versionName={latest.name} />}
          <Link to={`?version=${encodeURIComponent(latest.id)}`} data-testid="plan.signoff.openAgreed">
            {t('versions.open')}: {latest.name}
          </Link>
        </div>
      )}

      <VersionsList documentId={documentId} revision={control.revision} timeZone={timeZone} />
    </section>
  );
}
