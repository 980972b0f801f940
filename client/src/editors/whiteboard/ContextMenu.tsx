import { useEffect, useRef } from 'react';
import type { Translate, WhiteboardStringKey } from './whiteboardStrings.ts';

export interface ContextAction {
  id: string;
  label: WhiteboardStringKey;
  run(): void;
}

export function ContextMenu({
  x,
  y,
  actions,
  t,
  onClose,
}: {
  x: number;
  y: number;
  actions: ContextAction[];
  t: Translate;
  onClose(): void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
  }, []);
  return (
    <div
      ref={ref}
      role="menu"
      aria-label={t('contextMenu')}
      data-testid="whiteboard.context"
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') onClose();
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          const items = [...(ref.current?.querySelectorAll('button') ?? [])];
          const i = items.indexOf(document.activeElement as HTMLButtonElement);
          const next = items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
          next?.focus();
          e.preventDefault();
        }
      }}
      style={{
        position: 'absolute',
        left: x,
        top: y,
        minWidth: 200,
        padding: 4,
        background: '#ffffff',
        border: '1px solid #e5e7eb',
        borderRadius: 8,
        boxShadow: '0 4px 16px rgba(0,0,0,0.12)',
        zIndex: 4,
        display: 'flex',
        flexDirection: 'column',
      }}
    >
      {actions.map((a) => (
        <button
          key={a.id}
          type="button"
          role="menuitem"
          data-testid={`whiteboard.context.${a.id}`}
          onClick={() => {
            a.run();
            onClose();
          }}
          style={{
            textAlign: 'left',
            padding: '6px 10px',
            border: 'none',
            background: 'transparent',
            font: '14px system-ui, sans-serif',
            cursor: 'pointer',
            borderRadius: 4,
          }}
        >
          {t(a.label)}
        </button>
      ))}
    </div>
  );
}
