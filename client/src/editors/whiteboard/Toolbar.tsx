import type { ReactNode } from 'react';
import { STROKE_PALETTE } from './cityColours.ts';
import { colourNameKey } from './colourNames.ts';
import type { Tool, UiState } from './createWhiteboardController.ts';
import type { Translate, WhiteboardStringKey } from './whiteboardStrings.ts';

interface ToolDef {
  tool: Tool;
  label: WhiteboardStringKey;
  shortcut: string;
  icon: ReactNode;
}

const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.8 } as const;

const TOOLS: ToolDef[] = [
  {
    tool: 'select',
    label: 'toolSelect',
    shortcut: 'V',
    icon: <path d="M5 3l12 8-5 1 3 6-2 1-3-6-4 3z" fill="currentColor" />,
  },
  {
    tool: 'sticky',
    label: 'toolSticky',
    shortcut: 'S',
    icon: <path d="M4 4h16v11l-5 5H4z M15 20v-5h5" {...stroke} />,
  },
  {
    tool: 'rect',
    label: 'toolRect',
    shortcut: 'R',
    icon: <rect x="4" y="6" width="16" height="12" {...stroke} />,
  },
  {
    tool: 'ellipse',
    label: 'toolEllipse',
    shortcut: 'O',
    icon: <ellipse cx="12" cy="12" rx="8" ry="6" {...stroke} />,
  },
  {
    tool: 'text',
    label: 'toolText',
    shortcut: 'T',
    icon: <path d="M5 6h14M12 6v13" {...stroke} strokeWidth={2.4} />,
  },
  { tool: 'arrow', label: 'toolArrow', shortcut: 'A', icon: <path d="M4 20L19 5M11 5h8v8" {...stroke} /> },
  {
    tool: 'pen',
    label: 'toolPen',
    shortcut: 'P',
    icon: <path d="M3 17c3-6 5 2 8-3s4-7 9-6" {...stroke} strokeWidth={2.2} />,
  },
];

export interface ToolbarProps {
  ui: UiState;
  readOnly: boolean;
  t: Translate;
  onTool(tool: Tool): void;
  onColour(colour: string): void;
  onZoom(action: 'in' | 'out' | 'reset' | 'fit'): void;
  onUndo(): void;
  onRedo(): void;
  onExport(format: 'png' | 'svg'): void;
  onHelp(): void;
  shapeListOpen: boolean;
  onShapeList(): void;
}

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

const button: React.CSSProperties = {
  minWidth: 36,
  height: 36,
  border: '1px solid transparent',
  borderRadius: 6,
  background: 'transparent',
  color: '#1f2933',
  cursor: 'pointer',
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  font: '13px system-ui, sans-serif',
  padding: '0 6px',
};
// A full `border` (not `borderColor`): React clears a removed longhand, which turns the border black.
const active: React.CSSProperties = { ...button, background: '#dbeafe', border: '1px solid #2563eb' };
const group: React.CSSProperties = {
  display: 'flex',
  gap: 2,
  paddingRight: 6,
  marginRight: 6,
  borderRight: '1px solid #e5e7eb',
};

export function Toolbar({
  ui,
  readOnly,
  t,
  onTool,
  onColour,
  onZoom,
  onUndo,
  onRedo,
  onExport,
  onHelp,
  shapeListOpen,
  onShapeList,
}: ToolbarProps) {
  return (
    <div
      role="toolbar"
      aria-label={t('toolbar')}
      className="wb-toolbar"
      data-testid="whiteboard.toolbar"
      style={{
        position: 'absolute',
        top: 8,
        left: 8,
        right: 8,
        display: 'flex',
        alignItems: 'center',
        gap: 2,
        padding: 4,
        background: '#ffffff',
        border: '1px solid #e5e7eb',
        borderRadius: 8,
        boxShadow: '0 1px 3px rgba(0,0,0,0.08)',
        zIndex: 2,
      }}
    >
      <div style={group}>
        {TOOLS.filter((d) => !readOnly || d.tool === 'select').map((d) => (
          <button
            key={d.tool}
            type="button"
            aria-label={`${t(d.label)} (${d.shortcut})`}
            title={`${t(d.label)} (${d.shortcut})`}
            aria-pressed={ui.tool === d.tool}
            data-testid={`whiteboard.tool.${d.tool}`}
            style={ui.tool === d.tool ? active : button}
            onClick={() => onTool(d.tool)}
          >
            <Icon>{d.icon}</Icon>
          </button>
        ))}
      </div>
      {!readOnly && (
        <div style={group}>
          {STROKE_PALETTE.map((colour, i) => (
            <button
              key={colour}
              type="button"
              aria-label={t('colour', { colour: t(colourNameKey(colour)) })}
              title={t('colour', { colour: t(colourNameKey(colour)) })}
              aria-pressed={ui.colour === colour}
              data-testid={`whiteboard.colour.${i}`}
              style={ui.colour === colour ? active : button}
              onClick={() => onColour(colour)}
            >
              <span
                style={{ width: 16, height: 16, borderRadius: 8, background: colour, display: 'block' }}
              />
            </button>
          ))}
        </div>
      )}
      {!readOnly && (
        <div style={group}>
          <button
            type="button"
            aria-label={`${t('undo')} (Ctrl+Z)`}
            title={`${t('undo')} (Ctrl+Z)`}
            data-testid="whiteboard.undo"
            disabled={!ui.canUndo}
            style={button}
            onClick={onUndo}
          >
            <Icon>
              <path d="M9 7L4 12l5 5M4 12h11a5 5 0 010 10h-3" {...stroke} />
            </Icon>
          </button>
          <button
            type="button"
            aria-label={`${t('redo')} (Ctrl+Shift+Z)`}
            title={`${t('redo')} (Ctrl+Shift+Z)`}
            data-testid="whiteboard.redo"
            disabled={!ui.canRedo}
            style={button}
            onClick={onRedo}
          >
            <Icon>
              <path d="M15 7l5 5-5 5M20 12H9a5 5 0 000 10h3" {...stroke} />
            </Icon>
          </button>
        </div>
      )}
      <div style={group}>
        <button
          type="button"
          aria-label={t('zoomOut')}
          title={`${t('zoomOut')} (−)`}
          data-testid="whiteboard.zoom.out"
          style={button}
          onClick={() => onZoom('out')}
        >
          −
        </button>
        <button
          type="button"
          aria-label={t('zoomReset')}
          title={`${t('zoomReset')} (0)`}
          data-testid="whiteboard.zoom.reset"
          style={button}
          onClick={() => onZoom('reset')}
        >
          {ui.zoomPercent}%
        </button>
        <button
          type="button"
          aria-label={t('zoomIn')}
          title={`${t('zoomIn')} (+)`}
          data-testid="whiteboard.zoom.in"
          style={button}
          onClick={() => onZoom('in')}
        >
          +
        </button>
        <button
          type="button"
          aria-label={t('zoomFit')}
          title={`${t('zoomFit')} (1)`}
          data-testid="whiteboard.zoom.fit"
          style={button}
          onClick={() => onZoom('fit')}
        >
          <Icon>
            <path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5" {...stroke} />
          </Icon>
        </button>
      </div>
      <div style={{ ...group, borderRight: 'none' }}>
        <button
          type="button"
          aria-label={t('exportPng')}
          title={t('exportPng')}
          data-testid="whiteboard.export.png"
          style={button}
          onClick={() => onExport('png')}
        >
          PNG
        </button>
        <button
          type="button"
          aria-label={t('exportSvg')}
          title={t('exportSvg')}
          data-testid="whiteboard.export.svg"
          style={button}
          onClick={() => onExport('svg')}
        >
          SVG
        </button>
        <button
          type="button"
          aria-expanded={shapeListOpen}
          data-testid="whiteboard.shapeList.toggle"
          style={shapeListOpen ? active : button}
          onClick={onShapeList}
        >
          {t('shapeListToggle')}
        </button>
        <button
          type="button"
          aria-label={t('help')}
          title={`${t('help')} (?)`}
          data-testid="whiteboard.help"
          style={button}
          onClick={onHelp}
        >
          ?
        </button>
      </div>
      {readOnly && (
        <span
          data-testid="whiteboard.readonly"
          style={{ font: '13px system-ui, sans-serif', color: '#6b7280', padding: '0 6px' }}
        >
          {t('readOnly')}
        </span>
      )}
      {ui.selection.length > 0 && (
        <span
          data-testid="whiteboard.selection.count"
          style={{ font: '13px system-ui, sans-serif', color: '#6b7280', padding: '0 6px' }}
        >
          {t('selected', { count: ui.selection.length })}
        </span>
      )}
    </div>
  );
}
