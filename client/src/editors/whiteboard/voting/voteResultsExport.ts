import { rankVoteResults } from '@weft/model';
import type { Vote } from '@weft/protocol';

export interface RankedRow {
  rank: number;
  targetId: string;
  text: string;
  count: number;
  /** Named votes: who placed the dots, one name per person with a count when more than one. */
  voters: string;
}

/** A sticky's text on one line; an empty or deleted sticky gets `fallback`. */
export function stickyLabel(text: string | undefined, fallback: string): string {
  const line = (text ?? '').replace(/\s+/g, ' ').trim();
  return line || fallback;
}

/** The revealed result ranked (most dots first, ties by text), with each sticky's text. */
export function rankedRows(vote: Vote, textOf: (targetId: string) => string): RankedRow[] {
  const results = vote.results ?? [];
  const byId = new Map(results.map((r) => [r.targetId, r]));
  return rankVoteResults(results, textOf).map((r) => ({
    rank: r.rank,
    targetId: r.targetId,
    text: textOf(r.targetId),
    count: r.count,
    voters: votersText(byId.get(r.targetId)?.voters),
  }));
}

function votersText(voters: { userId: string; name: string }[] | undefined): string {
  if (!voters) return '';
  const counts = new Map<string, { name: string; n: number }>();
  for (const v of voters) {
    const entry = counts.get(v.userId) ?? { name: v.name, n: 0 };
    entry.n += 1;
    counts.set(v.userId, entry);
  }
  return [...counts.values()].map((e) => (e.n > 1 ? `${e.name} (${e.n})` : e.name)).join(', ');
}

export interface ResultLabels {
  rank: string;
  sticky: string;
  dots: string;
  voters: string;
}

const mdCell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

/** A Markdown table of the ranked result, under the vote's title. */
export function resultsMarkdown(
  title: string,
  rows: readonly RankedRow[],
  labels: ResultLabels,
  named: boolean,
): string {
  const head = [labels.rank, labels.sticky, labels.dots, ...(named ? [labels.voters] : [])];
  const lines = [
    `# ${mdCell(title)}`,
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map(
      (r) =>
        `| ${[String(r.rank), mdCell(r.text), String(r.count), ...(named ? [mdCell(r.voters)] : [])].join(' | ')} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** CSV cells are quoted; a leading =, +, - or @ is defused so spreadsheets never run it as a formula. */
function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The ranked result as CSV (UTF-8 with a BOM added by the caller for spreadsheet programs). */
export function resultsCsv(rows: readonly RankedRow[], labels: ResultLabels, named: boolean): string {
  const head = [labels.rank, labels.sticky, labels.dots, ...(named ? [labels.voters] : [])];
  return `${[
    head,
    ...rows.map((r) => [String(r.rank), r.text, String(r.count), ...(named ? [r.voters] : [])]),
  ]
    .map((cells) => cells.map(csvCell).join(','))
    .join('\r\n')}\r\n`;
}
