import type { Box } from '@weft/model';
import { type CreateVoteRequest, MAX_DOTS_PER_PERSON, MIN_DOTS_PER_PERSON, type Vote } from '@weft/protocol';
import { useId, useState } from 'react';
import { downloadBlob } from '../exportPng.ts';
import type { Translate } from '../whiteboardStrings.ts';
import { rankedRows, resultsCsv, resultsMarkdown } from './voteResultsExport.ts';

export interface VotePanelProps {
  vote: Vote | null;
  /** Facilitators open, reveal, close and delete votes. */
  canRun: boolean;
  /** Commenters and up place dots. */
  canVote: boolean;
  /** The stickies taking dots in the current vote, with their text. */
  targets: { id: string; text: string }[];
  textOf(targetId: string): string;
  /** The box around the selected shapes, for a vote on an area. */
  selectionArea(): Box | null;
  message: string | null;
  busy: boolean;
  clickMode: boolean;
  onClickMode(on: boolean): void;
  onStart(req: CreateVoteRequest): void;
  onReveal(): void;
  onClose(): void;
  onDelete(): void;
  onCast(targetId: string): void;
  onTakeBack(targetId: string): void;
  onHide(): void;
  t: Translate;
}

/** The dot-voting card over the board: start (facilitators), vote, results and their downloads. */
export function VotePanel(props: VotePanelProps) {
  const { vote, canRun, t } = props;
  const [starting, setStarting] = useState(false);
  const headingId = useId();
  const showForm = canRun && (vote === null || starting);
  return (
    <section className="vote-panel" aria-labelledby={headingId} data-testid="vote.panel">
      <div className="vote-panel__row" style={{ justifyContent: 'space-between' }}>
        <h2 id={headingId}>{vote && !showForm ? vote.title : t('votePanel')}</h2>
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={props.onHide}
          aria-label={t('voteHide')}
          title={t('voteHide')}
        >
          ×
        </button>
      </div>
      {props.message && (
        <p className="vote-panel__message" data-testid="vote.message">
          {props.message}
        </p>
      )}
      {showForm ? (
        <StartForm
          {...props}
          onStart={(req) => {
            setStarting(false);
            props.onStart(req);
          }}
          onCancel={vote ? () => setStarting(false) : null}
        />
      ) : vote ? (
        <RunningVote {...props} vote={vote} onNew={() => setStarting(true)} />
      ) : (
        <p>{t('voteNone')}</p>
      )}
    </section>
  );
}

function StartForm({
  selectionArea,
  onStart,
  onCancel,
  busy,
  t,
}: VotePanelProps & { onCancel: (() => void) | null }) {
  const [title, setTitle] = useState(() => t('voteTitleDefault'));
  const [dots, setDots] = useState(3);
  const [anonymous, setAnonymous] = useState(false);
  const [scope, setScope] = useState<'board' | 'selection'>('board');
  const [problem, setProblem] = useState<string | null>(null);
  const ids = { title: useId(), dots: useId() };
  return (
    <form
      data-testid="vote.form"
      onSubmit={(e) => {
        e.preventDefault();
        const area = scope === 'selection' ? selectionArea() : null;
        if (scope === 'selection' && !area) {
          setProblem(t('voteAreaNeedsSelection'));
          return;
        }
        onStart({ title: title.trim() || t('voteTitleDefault'), dotsPerPerson: dots, anonymous, area });
      }}
    >
      <label htmlFor={ids.title}>{t('voteTitle')}</label>
      <input
        id={ids.title}
        value={title}
        maxLength={200}
        required
        onChange={(e) => setTitle(e.target.value)}
        data-testid="vote.title"
      />
      <label htmlFor={ids.dots}>{t('voteDots')}</label>
      <input
        id={ids.dots}
        type="number"
        min={MIN_DOTS_PER_PERSON}
        max={MAX_DOTS_PER_PERSON}
        value={dots}
        onChange={(e) => setDots(Math.max(1, Math.min(20, Math.round(Number(e.target.value) || 1))))}
        data-testid="vote.dots"
      />
      <label>
        <input
          type="checkbox"
          checked={anonymous}
          onChange={(e) => setAnonymous(e.target.checked)}
          data-testid="vote.anonymous"
        />{' '}
        {t('voteAnonymous')}
      </label>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <label>
          <input
            type="radio"
            name="vote-scope"
            checked={scope === 'board'}
            onChange={() => setScope('board')}
          />{' '}
          {t('voteAreaWhole')}
        </label>
        <br />
        <label>
          <input
            type="radio"
            name="vote-scope"
            checked={scope === 'selection'}
            onChange={() => setScope('selection')}
            data-testid="vote.scope.selection"
          />{' '}
          {t('voteAreaSelection')}
        </label>
      </fieldset>
      {problem && (
        <p className="vote-panel__message" role="alert">
          {problem}
        </p>
      )}
      <div className="vote-panel__row">
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={busy}
          data-testid="vote.open"
        >
          {t('voteOpen')}
        </button>
        {onCancel && (
          <button type="button" className="button button--ghost button--small" onClick={onCancel}>
            ×
          </button>
        )}
      </div>
    </form>
  );
}

function RunningVote(props: VotePanelProps & { vote: Vote; onNew(): void }) {
  const { vote, t, canRun, canVote, busy } = props;
  const left = vote.dotsPerPerson - vote.myDots.length;
  const statusText =
    vote.status === 'open'
      ? t('voteStatusOpen')
      : vote.status === 'revealed'
        ? t('voteStatusRevealed')
        : t('voteStatusClosed');
  const voting = vote.status !== 'closed' && canVote;
  const mine = new Map<string, number>();
  for (const id of vote.myDots) mine.set(id, (mine.get(id) ?? 0) + 1);
  return (
    <div className="vote-panel__actions">
      <p data-testid="vote.status" data-status={vote.status}>
        {statusText} {vote.anonymous ? t('voteAnonymousTag') : t('voteNamedTag')}.
      </p>
      <p data-testid="vote.totals">{t('voteTotals', { voters: vote.voters, dots: vote.dotsCast })}</p>
      {voting && (
        <>
          <p data-testid="vote.left" style={{ fontWeight: 600 }}>
            {t('voteDotsLeft', { left, total: vote.dotsPerPerson })}
          </p>
          <p>{t('voteHowTo')}</p>
          <label>
            <input
              type="checkbox"
              checked={props.clickMode}
              onChange={(e) => props.onClickMode(e.target.checked)}
              data-testid="vote.clickMode"
            />{' '}
            {t('voteClickMode')}
          </label>
          <details>
            <summary>{t('voteTargets')}</summary>
            <ul data-testid="vote.targets">
              {props.targets.map((target) => (
                <li key={target.id}>
                  {target.text} ({mine.get(target.id) ?? 0}){' '}
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    disabled={busy || left <= 0}
                    aria-label={t('voteAddDot', { text: target.text })}
                    onClick={() => props.onCast(target.id)}
                  >
                    +
                  </button>
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    disabled={busy || !mine.has(target.id)}
                    aria-label={t('voteRemoveDot', { text: target.text })}
                    onClick={() => props.onTakeBack(target.id)}
                  >
                    −
                  </button>
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
      {vote.results && <Results vote={vote} textOf={props.textOf} t={t} />}
      {canRun && (
        <div className="vote-panel__row">
          {vote.status === 'open' && (
            <button
              type="button"
              className="button button--primary button--small"
              disabled={busy}
              onClick={props.onReveal}
              data-testid="vote.reveal"
            >
              {t('voteReveal')}
            </button>
          )}
          {vote.status !== 'closed' && (
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={props.onClose}
              data-testid="vote.close"
            >
              {t('voteClose')}
            </button>
          )}
          {vote.status === 'closed' && (
            <button
              type="button"
              className="button button--small"
              onClick={props.onNew}
              data-testid="vote.new"
            >
              {t('voteNew')}
            </button>
          )}
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={busy}
            onClick={props.onDelete}
            data-testid="vote.delete"
          >
            {t('voteDelete')}
          </button>
        </div>
      )}
    </div>
  );
}

function Results({ vote, textOf, t }: { vote: Vote; textOf(id: string): string; t: Translate }) {
  const rows = rankedRows(vote, textOf);
  const named = !vote.anonymous;
  const labels = {
    rank: t('voteRank'),
    sticky: t('voteSticky'),
    dots: t('voteDotsColumn'),
    voters: t('voteVoters'),
  };
  const fileName = `vote-${vote.title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40) || 'results'}`;
  return (
    <div>
      <h3 style={{ fontSize: '1rem', margin: '0.5rem 0 0.25rem' }}>{t('voteResults')}</h3>
      {rows.length === 0 ? (
        <p>{t('voteNoResults')}</p>
      ) : (
        <table data-testid="vote.results">
          <thead>
            <tr>
              <th scope="col">{labels.rank}</th>
              <th scope="col">{labels.sticky}</th>
              <th scope="col">{labels.dots}</th>
              {named && <th scope="col">{labels.voters}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.targetId} data-testid="vote.result" data-target-id={r.targetId}>
                <td>{r.rank}</td>
                <td>{r.text}</td>
                <td>{r.count}</td>
                {named && <td>{r.voters}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="vote-panel__row" style={{ marginTop: '0.5rem' }}>
        <button
          type="button"
          className="button button--ghost button--small"
          data-testid="vote.downloadMd"
          onClick={() =>
            downloadBlob(
              new Blob([resultsMarkdown(vote.title, rows, labels, named)], {
                type: 'text/markdown;charset=utf-8',
              }),
              `${fileName}.md`,
            )
          }
        >
          {t('voteDownloadMd')}
        </button>
        <button
          type="button"
          className="button button--ghost button--small"
          data-testid="vote.downloadCsv"
          onClick={() =>
            downloadBlob(
              // A BOM so spreadsheet programs read the UTF-8 (Vietnamese, Hindi) correctly.
              new Blob(['\uFEFF', resultsCsv(rows, labels, named)], { type: 'text/csv;charset=utf-8' }),
              `${fileName}.csv`,
            )
          }
        >
          {t('voteDownloadCsv')}
        </button>
      </div>
    </div>
  );
}
