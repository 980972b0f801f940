import type { TFunction } from 'i18next';
import { type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

export type PlanTranslate = TFunction<'plan'>;

/** Shows `fallback` until the `plan` namespace of the UI language is loaded. */
export function PlanStringsProvider({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  return (
    <Suspense fallback={fallback}>
      <PlanStringsReady>{children}</PlanStringsReady>
    </Suspense>
  );
}

function PlanStringsReady({ children }: { children: ReactNode }) {
  useTranslation('plan');
  return <>{children}</>;
}

/** The plan editor's strings (the `plan` namespace). */
export function usePlanT(): PlanTranslate {
  return useTranslation('plan').t;
}
