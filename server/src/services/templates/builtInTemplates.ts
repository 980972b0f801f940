import { createItem, type DocumentType, type LogframeLevel, setPlanMeta } from '@weft/model';
import { BUILT_IN_TEMPLATE_PREFIX, type Language } from '@weft/protocol';
import * as Y from 'yjs';
import { TEXTS, type TemplateTexts } from './builtInTemplateTexts.ts';
import { type NoteBlock, writeNote } from './noteContent.ts';
import { type BoardShapeSpec, writeBoard } from './whiteboardContent.ts';

/** The languages built-in templates are written in (every language of the API today). */
export const TEMPLATE_LANGUAGES = ['en', 'nl', 'vi', 'hi'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

export function templateLanguage(language: Language | undefined): TemplateLanguage {
  return (TEMPLATE_LANGUAGES as readonly string[]).includes(language ?? '')
    ? (language as TemplateLanguage)
    : 'en';
}

export interface BuiltInTemplate {
  /** `builtin:<key>` */
  id: string;
  type: DocumentType;
  title(language: TemplateLanguage): string;
  /** The template's content as a fresh document's first update. */
  build(language: TemplateLanguage): Uint8Array;
}

function encode(fill: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  fill(doc);
  return Y.encodeStateAsUpdate(doc);
}

function note(key: keyof TemplateTexts['notes']): BuiltInTemplate {
  return {
    id: `${BUILT_IN_TEMPLATE_PREFIX}${key}`,
    type: 'note',
    title: (l) => TEXTS[l].notes[key].title,
    build: (l) => encode((doc) => writeNote(doc, TEXTS[l].notes[key].blocks as readonly NoteBlock[])),
  };
}

function board(key: keyof TemplateTexts['boards'], shapes: (l: TemplateLanguage) => BoardShapeSpec[]) {
  return {
    id: `${BUILT_IN_TEMPLATE_PREFIX}${key}`,
    type: 'whiteboard',
    title: (l) => TEXTS[l].boards[key].title,
    build: (l) => encode((doc) => writeBoard(doc, shapes(l))),
  } satisfies BuiltInTemplate;
}

const QUADRANT = 380;
const quadrant = (x: number, y: number, text: string, colour: string): BoardShapeSpec => ({
  type: 'rect',
  x,
  y,
  w: QUADRANT,
  h: QUADRANT,
  text,
  colour,
});

function swot(l: TemplateLanguage): BoardShapeSpec[] {
  const t = TEXTS[l].boards.swot.labels;
  return [
    { type: 'text', x: 0, y: -70, w: 2 * QUADRANT, h: 48, text: TEXTS[l].boards.swot.title },
    quadrant(0, 0, t.strengths, '#2a9d8f'),
    quadrant(QUADRANT, 0, t.weaknesses, '#e76f51'),
    quadrant(0, QUADRANT, t.opportunities, '#457b9d'),
    quadrant(QUADRANT, QUADRANT, t.threats, '#9d0208'),
  ];
}

function stakeholderMap(l: TemplateLanguage): BoardShapeSpec[] {
  const t = TEXTS[l].boards.stakeholderMap.labels;
  return [
    { type: 'text', x: 0, y: -70, w: 2 * QUADRANT, h: 48, text: TEXTS[l].boards.stakeholderMap.title },
    quadrant(0, 0, t.keepSatisfied, '#457b9d'),
    quadrant(QUADRANT, 0, t.manageClosely, '#9d0208'),
    quadrant(0, QUADRANT, t.monitor, '#6c757d'),
    quadrant(QUADRANT, QUADRANT, t.keepInformed, '#2a9d8f'),
    { type: 'text', x: -300, y: QUADRANT - 24, w: 280, h: 48, text: t.power },
    { type: 'text', x: 0, y: 2 * QUADRANT + 16, w: 2 * QUADRANT, h: 48, text: t.interest },
    { type: 'sticky', x: 2 * QUADRANT + 60, y: 0, text: t.example, colour: '#ffd166' },
  ];
}

function problemTree(l: TemplateLanguage): BoardShapeSpec[] {
  const t = TEXTS[l].boards.problemTree.labels;
  const shapes: BoardShapeSpec[] = [
    { type: 'text', x: 0, y: -90, w: 680, h: 48, text: TEXTS[l].boards.problemTree.title },
    { type: 'text', x: -260, y: 60, w: 220, h: 48, text: t.effects },
    { type: 'text', x: -260, y: 620, w: 220, h: 48, text: t.causes },
    { key: 'problem', type: 'rect', x: 160, y: 330, w: 360, h: 120, text: t.problem, colour: '#9d0208' },
  ];
  for (let i = 0; i < 3; i++) {
    const x = i * 240;
    shapes.push(
      { key: `effect${i}`, type: 'sticky', x, y: 0, text: `${t.effect} ${i + 1}`, colour: '#8ecae6' },
      { key: `cause${i}`, type: 'sticky', x, y: 560, text: `${t.cause} ${i + 1}`, colour: '#ffadad' },
      { type: 'arrow', fromKey: `cause${i}`, toKey: 'problem' },
      { type: 'arrow', fromKey: 'problem', toKey: `effect${i}` },
    );
  }
  return shapes;
}

function garmentJourney(l: TemplateLanguage): BoardShapeSpec[] {
  const stages = TEXTS[l].boards.garmentJourney.stages;
  const shapes: BoardShapeSpec[] = [
    { type: 'text', x: 0, y: -90, w: 900, h: 48, text: TEXTS[l].boards.garmentJourney.title },
  ];
  // Two rows of stickies, left to right then right to left, so the journey fits a screen.
  const perRow = Math.ceil(stages.length / 2);
  stages.forEach((stage, i) => {
    const row = Math.floor(i / perRow);
    const col = row === 0 ? i : 2 * perRow - 1 - i;
    shapes.push({
      key: `stage${i}`,
      type: 'sticky',
      x: col * 260,
      y: row * 300,
      text: stage,
      colour: '#b5e48c',
    });
    if (i > 0) shapes.push({ type: 'arrow', fromKey: `stage${i - 1}`, toKey: `stage${i}` });
  });
  return shapes;
}

function logframe(): BuiltInTemplate {
  return {
    id: `${BUILT_IN_TEMPLATE_PREFIX}logframe`,
    type: 'actionPlan',
    title: (l) => TEXTS[l].plans.logframe.title,
    build: (l) =>
      encode((doc) => {
        const { title, rows } = TEXTS[l].plans.logframe;
        setPlanMeta(doc, { title });
        for (const [level, rowTitle, description] of rows)
          createItem(doc, { level: level as LogframeLevel, title: rowTitle, description });
      }),
  };
}

/** Every built-in template, in the order the picker shows them. */
export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  note('kickoff'),
  note('studyVisitDebrief'),
  note('sessionMinutes'),
  board('problemTree', problemTree),
  board('stakeholderMap', stakeholderMap),
  board('swot', swot),
  board('garmentJourney', garmentJourney),
  logframe(),
];

export function findBuiltInTemplate(id: string): BuiltInTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((t) => t.id === id);
}
