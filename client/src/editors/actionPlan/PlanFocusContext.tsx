import {
  type CSSProperties,
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { usePlanT } from './PlanStringsProvider.tsx';
import { focusKey, type PeerAtField, type PlanFocus, readPeerFocus } from './planFocus.ts';

interface PlanFocusApi {
  peersAt(itemId: string, field: string): PeerAtField[];
  setFocus(focus: PlanFocus | null): void;
}

const NONE: PeerAtField[] = [];
const PlanFocusContext = createContext<PlanFocusApi>({ peersAt: () => NONE, setFocus: () => undefined });

/** Publishes my focused field as `planFocus` in awareness and tracks everyone else's. */
export function PlanFocusProvider({
  awareness,
  children,
}: {
  awareness: Awareness | null;
  children: ReactNode;
}) {
  const [peers, setPeers] = useState<Map<string, PeerAtField[]>>(() => new Map());
  const clearTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (!awareness) return;
    const update = () => setPeers(readPeerFocus(awareness));
    update();
    awareness.on('change', update);
    return () => {
      awareness.off('change', update);
      awareness.setLocalStateField('planFocus', null);
    };
  }, [awareness]);
  const api = useMemo<PlanFocusApi>(
    () => ({
      peersAt: (itemId, field) => peers.get(focusKey(itemId, field)) ?? NONE,
      setFocus(focus) {
        if (!awareness) return;
        if (clearTimer.current !== null) clearTimeout(clearTimer.current);
        clearTimer.current = null;
        if (focus) {
          awareness.setLocalStateField('planFocus', focus);
          return;
        }
        // Tabbing from one field to the next blurs then focuses: send only the final state.
        clearTimer.current = setTimeout(() => {
          clearTimer.current = null;
          awareness.setLocalStateField('planFocus', null);
        }, 120);
      },
    }),
    [awareness, peers],
  );
  return <PlanFocusContext.Provider value={api}>{children}</PlanFocusContext.Provider>;
}

interface FocusFrameProps {
  itemId: string;
  field: string;
  className?: string;
  children: ReactNode;
}

/** Wraps one field: publishes focus on it, and outlines it in the colour of whoever else edits it. */
export function FocusFrame({ itemId, field, className, children }: FocusFrameProps) {
  const { peersAt, setFocus } = useContext(PlanFocusContext);
  const t = usePlanT();
  const peers = peersAt(itemId, field);
  const first = peers[0];
  const style = first ? ({ '--peer-color': first.color } as CSSProperties) : undefined;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: focus events bubble up from the wrapped field; the wrapper itself is not interactive
    <div
      className={`focus-frame${first ? ' focus-frame--peer' : ''}${className ? ` ${className}` : ''}`}
      style={style}
      data-field={field}
      onFocus={() => setFocus({ itemId, field })}
      onBlur={() => setFocus(null)}
    >
      {children}
      {first && (
        <span
          className="focus-frame__tag"
          data-testid="plan.focus"
          data-item-id={itemId}
          data-field={field}
          data-user-name={peers.map((p) => p.name).join(', ')}
        >
          {peers.map((p) => p.name).join(', ')}
          <span className="visually-hidden"> ({t('focus.editing', { name: '' }).trim()})</span>
        </span>
      )}
    </div>
  );
}
