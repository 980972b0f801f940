import { readFileSync } from 'node:fs';
import { actionPlanItemSchema } from '@weft/model';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER } from './csvColumns.ts';
import { exportActionPlanCsv } from './exportActionPlanCsv.ts';
import { importActionPlanCsv } from './importActionPlanCsv.ts';
import { fixturePlan } from './testFixture.ts';

const golden = readFileSync(new URL('./golden/plan.csv.golden', import.meta.url), 'utf8');
const HEADER = CSV_HEADER.join(',');

function row(values: Partial<Record<string, string>>): string {
  return CSV_HEADER.map((name) => values[name] ?? '').join(',');
}

function importOk(text: string | Uint8Array) {
  let n = 0;
  const result = importActionPlanCsv(text, { newId: () => `new-${++n}` });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.items;
}

describe('CSV export', () => {
  it('matches the golden file exactly', () => {
    expect(exportActionPlanCsv(fixturePlan)).toBe(golden);
  });

  it('is RFC 4180: BOM, CRLF between records, quotes only where needed', () => {
    const csv = exportActionPlanCsv(fixturePlan);
    expect(csv.startsWith(`\ufeff${HEADER}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"Workshop ""circulaire textiel"", deel 1"');
    expect(csv).toContain('"EU, city budget"');
    expect(exportActionPlanCsv(fixturePlan, { bom: false }).startsWith(HEADER)).toBe(true);
  });

  it('export → import → export is byte-identical and gives back the same items', () => {
    const first = exportActionPlanCsv(fixturePlan);
    const items = importOk(first);
    // Indicator ids are not printed; the import names them after their item and place.
    const withDerivedIds = fixturePlan.items.map((item) => ({
      ...item,
      indicators: item.indicators.map((indicator, i) => ({
        ...indicator,
        id: `${item.id}-indicator-${i + 1}`,
      })),
    }));
    expect(items).toEqual(withDerivedIds);
    expect(exportActionPlanCsv({ ...fixturePlan, items })).toBe(first);
    expect(exportActionPlanCsv({ ...fixturePlan, items: importOk(new TextEncoder().encode(first)) })).toBe(
      first,
    );
  });

  it('writes indicators as readable lines, not JSON, and reads them back exactly', () => {
    const csv = exportActionPlanCsv(fixturePlan);
    expect(csv).toContain('"Doanh nghiệp tham gia | 0 | 25 | firms | Danh sách, ""attendance"""');
    expect(csv).not.toContain('{""');
    const tricky = [
      {
        id: 'i1',
        name: 'Pipes | and \\ backslashes',
        baseline: '',
        target: '→ 25%',
        unit: '',
        verification: '',
      },
      {
        id: 'i2',
        name: '[not JSON]',
        baseline: ' spaced ',
        target: 'two\nlines',
        unit: '€',
        verification: '',
      },
      { id: 'i3', name: '', baseline: '', target: '', unit: '', verification: '' },
    ];
    const item = { ...(fixturePlan.items[0] as (typeof fixturePlan.items)[0]), indicators: tricky };
    const out = exportActionPlanCsv({ ...fixturePlan, items: [item] });
    expect(out).toContain('Pipes \\| and \\\\ backslashes |  | → 25%');
    const back = importOk(out)[0]?.indicators ?? [];
    expect(back.map(({ id: _id, ...fields }) => fields)).toEqual(
      tricky.map(({ id: _id, ...fields }) => fields),
    );
  });

  it('still imports the JSON indicators of older exports', () => {
    const text = [
      HEADER,
      row({
        id: 'a',
        title: 'Old file',
        status: 'done',
        indicators: '"[{""id"":""k1"",""name"":""Firms"",""target"":""25""}]"',
      }),
    ].join('\r\n');
    expect(importOk(text)[0]?.indicators).toEqual([
      { id: 'k1', name: 'Firms', baseline: '', target: '25', unit: '', verification: '' },
    ]);
  });

  it('guards formula-like cells reversibly', () => {
    const titles = ['=1+1', "'=1+1", "''@x", '-5 firms', "it's fine", '+', '@'];
    const items = titles.map(
      (title, i) => ({ ...fixturePlan.items[0], id: `t${i}`, title }) as (typeof fixturePlan.items)[0],
    );
    const csv = exportActionPlanCsv({ ...fixturePlan, items });
    expect(csv).toContain("\r\nt0,goal,'=1+1,");
    expect(csv).toContain("\r\nt3,goal,'-5 firms,");
    expect(importOk(csv).map((item) => item.title)).toEqual(titles);
  });
});

describe('CSV import', () => {
  it('reads a hand-made file: LF endings, quoted commas and newlines, loose status and currency', () => {
    const text = [
      'title,description,city,owner,dueDate,status,budgetAmount,budgetCurrency,sdgTargets,evidence',
      'Train firms,"Two days, in Huế\nwith ""experts""",Huế,Lan,2026-06-30,In Progress,1500.5,vnd,"12.5, 8.a","https://a.example\nhttps://b.example"',
      '',
      'Second,,Ghent,An,,done,,,,',
    ].join('\n');
    const items = importOk(text);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      id: 'new-1',
      title: 'Train firms',
      description: 'Two days, in Huế\nwith "experts"',
      leadCity: 'Huế',
      leadResponsible: { person: 'Lan', unit: '' },
      dueDate: '2026-06-30',
      status: 'in_progress',
      level: 'activity',
      budget: { amount: 1500.5, currency: 'VND', fundingSource: '' },
      sdgTargets: ['12.5', '8.a'],
      evidence: ['https://a.example', 'https://b.example'],
    });
    expect(items[1]).toMatchObject({ title: 'Second', status: 'done', dueDate: null });
    for (const item of items) expect(actionPlanItemSchema.safeParse(item).success).toBe(true);
  });

  it('reads CRLF with a BOM and header names in any case and order', () => {
    const items = importOk(
      '\ufeffSTATUS,Title,Description,City,Owner,DueDate\r\nplanned,A,,Ghent,An,2026-01-31\r\n',
    );
    expect(items[0]).toMatchObject({ title: 'A', status: 'planned', dueDate: '2026-01-31' });
  });

  it('reports wrong, duplicate and missing headers and imports nothing', () => {
    const result = importActionPlanCsv(
      'title,title,colour,description,city,owner,status\r\nA,A,red,,Ghent,An,done\r\n',
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 1, column: 'title', reason: 'column appears twice' },
        { row: 1, column: 'colour', reason: 'unknown column' },
        { row: 1, column: 'dueDate', reason: 'missing required column' },
      ],
    });
  });

  it('collects every bad cell of every row with row and column, and returns no items', () => {
    const text = [
      HEADER,
      row({ id: 'a', title: 'Fine', status: 'done' }),
      row({ id: 'b', title: 'Bad', status: 'finished', dueDate: '31/12/2026', budgetCurrency: 'USD' }),
      row({
        id: 'c',
        title: '',
        startDate: '2026-05-01',
        dueDate: '2026-04-01',
        budgetAmount: '"12,5"',
        indicators: '"[{""nam"":""x""}]"',
      }),
      row({ id: 'a', title: 'Dup', sdgTargets: 'goal 12' }),
      'too,few,cells',
    ].join('\r\n');
    const result = importActionPlanCsv(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'dueDate'],
      [3, 'status'],
      [3, 'budgetCurrency'],
      [4, 'title'],
      [4, 'dueDate'],
      [4, 'indicators'],
      [4, 'budgetAmount'],
      [5, 'sdgTargets'],
      [5, 'id'],
      [6, null],
    ]);
    expect(result.errors[0]?.reason).toContain('YYYY-MM-DD');
    expect(result.errors[1]?.reason).toContain('in_progress');
    expect(result.errors[4]?.reason).toContain('before start date');
    expect(result.errors[8]?.reason).toBe('id "a" is also used in row 2');
    expect(result.errors[9]?.reason).toBe(`expected ${CSV_HEADER.length} cells, found 3`);
  });

  it('turns unreadable files into errors, not exceptions', () => {
    expect(importActionPlanCsv('title,status\n"open quote,done\n')).toMatchObject({
      ok: false,
      errors: [{ column: null }],
    });
    expect(importActionPlanCsv(new Uint8Array([0x74, 0xff, 0xfe]))).toMatchObject({
      ok: false,
      errors: [{ row: 0 }],
    });
    expect(importActionPlanCsv('')).toMatchObject({
      ok: false,
      errors: [{ row: 1, reason: 'the file has no header row' }],
    });
    const many = [HEADER, ...Array.from({ length: 4 }, (_, i) => row({ id: `r${i}`, title: 'x' }))].join(
      '\n',
    );
    expect(importActionPlanCsv(many, { maxRows: 3 })).toMatchObject({ ok: false, errors: [{ row: 5 }] });
  });
});
