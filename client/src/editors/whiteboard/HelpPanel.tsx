import { useEffect, useRef } from 'react';
import type { Translate, WhiteboardStringKey } from './whiteboardStrings.ts';

const SHORTCUTS: WhiteboardStringKey[] = [
  'shortcutTools',
  'shortcutPan',
  'shortcutZoom',
  'shortcutSelect',
  'shortcutShapes',
  'shortcutInsert',
  'shortcutNudge',
  'shortcutConnect',
  'shortcutEdit',
  'shortcutDelete',
  'shortcutDuplicate',
  'shortcutOrder',
  'shortcutUndo',
  'shortcutTouch',
  'shortcutHelp',
];

export function HelpPanel({ t, onClose }: { t: Translate; onClose(): void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <div
      role="dialog"
      aria-labelledby="whiteboard-help-title"
      data-testid="whiteboard.help.panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape' || e.key === '?') {
          e.stopPropagation();
          onClose();
        }
      }}
      style={{
        position: 'absolute',
        right: 12,
        bottom: 12,
        maxWidth: 420,
        padding: '12px 16px',
        background: '#ffffff',
        border: '1px solid #e5e7eb',
        borderRadius: 8,
        boxShadow: '0 4px 16px rgba(0,0,0,0.12)',
        font: '14px system-ui, sans-serif',
        color: '#1f2933',
        zIndex: 3,
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <h2 id="whiteboard-help-title" style={{ fontSize: 16, margin: '0 0 8px' }}>
          {t('helpTitle')}
        </h2>
        <button
          ref={closeRef}
          type="button"
          aria-label={t('close')}
          data-testid="whiteboard.help.close"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <ul style={{ margin: 0, paddingLeft: 18, lineHeight: 1.5 }}>
        {SHORTCUTS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </div>
  );
}
