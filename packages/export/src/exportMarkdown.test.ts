import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, exportActionPlanMarkdown } from './exportMarkdown.ts';
import { fixtureInput, fixturePlan } from './testFixture.ts';

const golden = (name: string): string => readFileSync(new URL(`./golden/${name}`, import.meta.url), 'utf8');

describe('Markdown export', () => {
  it('matches the golden file exactly', () => {
    expect(exportActionPlanMarkdown(fixtureInput)).toBe(golden('plan.md.golden'));
  });

  it('escapes user text so it cannot inject markup', () => {
    expect(escapeMarkdown('a *b* [c](d) <script> | e_f')).toBe('a \\*b\\* \\[c\\](d) \\<script\\> \\| e\\_f');
    const md = exportActionPlanMarkdown({
      plan: { meta: { title: '# Not a heading', parties: [], version: '' }, items: [] },
    });
    expect(md).toBe(
      '# # Not a heading\n\n- **Status:** Draft (not signed off)\n\n## Sign-off\n\n_No signatures yet._\n\n_No items yet._\n',
    );
  });

  it('keeps a heading on one line when its text holds line breaks', () => {
    const md = exportActionPlanMarkdown({
      plan: {
        meta: { title: 'Plan\n# Approved by council\r\nfor real', parties: [], version: '' },
        items: [
          { ...fixturePlan.items[0], title: 'Goal\n\n## Injected' } as (typeof fixturePlan.items)[number],
        ],
      },
    });
    const headingLines = md.split('\n').filter((line) => line.startsWith('#'));
    expect(headingLines[0]).toBe('# Plan # Approved by council for real');
    expect(md).not.toMatch(/^## Injected/m);
    expect(md).not.toMatch(/^# Approved/m);
  });

  it('leaves out the threads section when there are none', () => {
    const md = exportActionPlanMarkdown({ plan: fixturePlan });
    expect(md).not.toContain('Open comment threads');
    expect(md).toContain('_No signatures yet._');
  });
});
