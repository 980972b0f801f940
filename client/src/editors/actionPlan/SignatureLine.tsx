import type { SignatureView } from '@weft/protocol';
import { useTranslation } from '../../i18n/I18nProvider.tsx';
import { formatDateTime } from '../../lib/formatDateTime.ts';
import { usePlanT } from './PlanStringsProvider.tsx';

interface SignatureLineProps {
  signature: SignatureView;
  timeZone: string;
  void?: boolean;
  testId: string;
}

/** Who signed and when: in the reader's zone, in UTC, and in the signer's own zone. */
export function SignatureLine({ signature, timeZone, void: isVoid = false, testId }: SignatureLineProps) {
  const pt = usePlanT();
  const { t, i18n } = useTranslation();
  const name = signature.displayName || signature.userId;
  const local = formatDateTime(signature.at, i18n.language, timeZone);
  const utc = formatDateTime(signature.at, i18n.language, 'UTC');
  const own = signature.timeZone && signature.timeZone !== timeZone;
  return (
    <div
      className={`plan-signature${isVoid ? ' plan-signature--void' : ''}`}
      data-testid={testId}
      data-city={signature.city}
      data-void={isVoid ? 'true' : 'false'}
    >
      <span className="plan-signature__who">
        <strong>{signature.city}</strong> ·{' '}
        {pt('signoff.signedBy', { name, role: t(`roles.${signature.role}`) })}
        {isVoid && <span className="badge plan-signature__void">{pt('signoff.void')}</span>}
      </span>
      <span className="plan-signature__when">
        <time dateTime={signature.at}>{pt('signoff.at', { local, utc })}</time>
        {own && (
          <>
            {' · '}
            {pt('signoff.signerLocal', {
              time: formatDateTime(signature.at, i18n.language, signature.timeZone),
              zone: signature.timeZone,
            })}
          </>
        )}
      </span>
    </div>
  );
}
