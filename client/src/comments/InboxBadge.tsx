import type { InboxCounts } from '@weft/protocol';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from '../app/router.tsx';
import { useReturnFocus } from '../components/useReturnFocus.ts';
import { listenOnSocket } from '../live/socket.ts';
import { BellIcon } from './CommentIcon.tsx';
import { InboxPopover } from './InboxPopover.tsx';
import { useCommentsTranslation } from './useCommentsTranslation.ts';
import './comments.css';

/** The header's inbox: unread threads and mentions, pushed live over socket.io `inbox:counts`. */
export function InboxBadge() {
  const tr = useCommentsTranslation();
  const { t } = tr;
  const [counts, setCounts] = useState<InboxCounts>({ unreadThreads: 0, mentions: 0 });
  const [version, setVersion] = useState(0);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useReturnFocus(open, button);
  // The inbox takes focus when it opens (its items load after), so keyboard users land in it.
  useEffect(() => {
    if (open) root.current?.querySelector<HTMLElement>('[data-testid="inbox.popover"]')?.focus();
  }, [open]);
  const { pathname, search } = useLocation();

  useEffect(
    () =>
      listenOnSocket('inbox:counts', (next: InboxCounts) => {
        setCounts(next);
        setVersion((v) => v + 1);
      }),
    [],
  );

  // Following a link closes the inbox.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => setOpen(false), [pathname, search]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const total = counts.unreadThreads + counts.mentions;
  return (
    <div className="inbox" ref={root}>
      <button
        ref={button}
        type="button"
        className={`inbox-badge${total > 0 ? ' inbox-badge--unread' : ''}`}
        aria-label={t('inbox.label', { threads: counts.unreadThreads, mentions: counts.mentions })}
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        data-testid="inbox.badge"
        data-unread-threads={counts.unreadThreads}
        data-mentions={counts.mentions}
      >
        <BellIcon />
        <span className="inbox-badge__label">{t('inbox.button')}</span>
        {counts.unreadThreads > 0 && (
          <span className="inbox-badge__count" data-testid="inbox.badge.threads">
            {counts.unreadThreads}
          </span>
        )}
        {counts.mentions > 0 && (
          <span className="inbox-badge__count inbox-badge__count--mention" data-testid="inbox.badge.mentions">
            @{counts.mentions}
          </span>
        )}
      </button>
      {open && <InboxPopover tr={tr} version={version} onNavigate={() => setOpen(false)} />}
    </div>
  );
}
