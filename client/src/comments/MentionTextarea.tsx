import type { Member } from '@weft/protocol';
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { matchMembers, mentionQueryAt } from './mentions.ts';
import type { CommentDraft } from './useDocumentComments.ts';

interface MentionTextareaProps {
  draft: CommentDraft;
  onChange(draft: CommentDraft): void;
  onSubmit(): void;
  onCancel?(): void;
  members: readonly Member[];
  label: string;
  listLabel: string;
  placeholder: string;
  testId: string;
  autoFocus?: boolean;
}

/** A comment box: typing "@" offers workspace members; Ctrl/Cmd+Enter sends, Escape cancels. */
export function MentionTextarea(props: MentionTextareaProps) {
  const { draft, onChange, members } = props;
  const ref = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const matches = query ? matchMembers(members, query.query) : [];
  const open = matches.length > 0;

  const readQuery = (el: HTMLTextAreaElement, picked = draft.picked) => {
    setQuery(mentionQueryAt(el.value, el.selectionStart, picked));
    setActive(0);
  };

  const pick = (member: Member) => {
    if (!query) return;
    const el = ref.current;
    const end = el ? el.selectionStart : draft.text.length;
    const inserted = `@${member.displayName} `;
    const text = draft.text.slice(0, query.start) + inserted + draft.text.slice(end);
    const picked = draft.picked.some((p) => p.userId === member.userId)
      ? draft.picked
      : [...draft.picked, { userId: member.userId, displayName: member.displayName }];
    onChange({ text, picked });
    setQuery(null);
    const caret = query.start + inserted.length;
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(caret, caret);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((a) => (a + step + matches.length) % matches.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        const member = matches[active];
        if (member) {
          event.preventDefault();
          pick(member);
          return;
        }
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setQuery(null);
        return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      props.onSubmit();
    } else if (event.key === 'Escape' && props.onCancel) {
      event.preventDefault();
      props.onCancel();
    }
  };

  return (
    <div className="mention-box">
      <textarea
        ref={ref}
        className="mention-box__input"
        aria-label={props.label}
        placeholder={props.placeholder}
        value={draft.text}
        rows={2}
        // biome-ignore lint/a11y/noAutofocus: opened on purpose to write a comment
        autoFocus={props.autoFocus}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        onChange={(e) => {
          onChange({ ...draft, text: e.target.value });
          readQuery(e.target);
        }}
        onSelect={(e) => readQuery(e.currentTarget)}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setQuery(null), 150)}
        data-testid={props.testId}
      />
      {open && (
        <div className="mention-box__list" role="listbox" id={listId} aria-label={props.listLabel}>
          {matches.map((m, i) => (
            <div
              key={m.userId}
              id={`${listId}-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              className={`mention-box__option${i === active ? ' mention-box__option--active' : ''}`}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(m);
              }}
              data-testid="comments.mention.option"
            >
              <span>{m.displayName}</span>
              {m.city && <span className="muted"> · {m.city}</span>}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
