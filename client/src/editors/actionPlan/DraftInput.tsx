import { type InputHTMLAttributes, useEffect, useState } from 'react';

interface DraftInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string;
  /** Returns an error message to keep the draft open, or null once the value is saved. */
  onCommit(value: string): string | null;
  errorId: string;
}

/**
 * An input for values that are only valid when complete (an amount, a list of SDG targets): the
 * draft stays local while typed and is checked and saved on Enter or when focus leaves.
 */
export function DraftInput({ value, onCommit, errorId, ...rest }: DraftInputProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);
  const commit = () => {
    setEditing(false);
    if (draft === value) {
      setError(null);
      return;
    }
    const problem = onCommit(draft);
    setError(problem);
    if (problem) setEditing(true);
  };
  return (
    <>
      <input
        {...rest}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : rest['aria-describedby']}
        onFocus={(e) => {
          setEditing(true);
          rest.onFocus?.(e);
        }}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={(e) => {
          commit();
          rest.onBlur?.(e);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
          rest.onKeyDown?.(e);
        }}
      />
      {error && (
        <span id={errorId} className="form-error plan-field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
