// `pnpm seed`: a demo workspace "Ghent – Huế textile exchange" with a sample note written as real
// Yjs content, and a demo facilitator whose credentials are printed. Uses the same DATA_DIR (and
// other settings) as the server; running it twice changes nothing.
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { getNoteFragment } from '@weft/model';
import * as Y from 'yjs';
import { loadConfig } from './config.ts';
import { createLogger } from './createLogger.ts';
import { createWeftServer } from './createWeftServer.ts';

const WORKSPACE_TITLE = 'Ghent – Huế textile exchange';
const FACILITATOR = {
  email: 'facilitator@weft.example',
  displayName: 'Demo Facilitator',
  city: 'Ghent',
  organisation: 'Weft demo',
  timeZone: 'Europe/Brussels',
} as const;
const PARTNER = {
  email: 'lan.nguyen@weft.example',
  displayName: 'Nguyễn Thị Lan',
  city: 'Huế',
  organisation: 'Huế Department of Industry and Trade',
  timeZone: 'Asia/Ho_Chi_Minh',
} as const;

type Attrs = Record<string, string | number | boolean>;
type Inline = string | { text: string; marks: Record<string, object> };

function text(parts: Inline[]): Y.XmlText {
  const node = new Y.XmlText();
  // Counted here: reading `length` of a type not yet in a document makes Yjs warn.
  let at = 0;
  for (const part of parts) {
    if (typeof part === 'string') node.insert(at, part);
    else node.insert(at, part.text, part.marks);
    at += (typeof part === 'string' ? part : part.text).length;
  }
  return node;
}

function element(name: string, attrs: Attrs, children: (Y.XmlElement | Y.XmlText)[]): Y.XmlElement {
  const node = new Y.XmlElement(name);
  // y-prosemirror keeps attributes with their types (a heading's level is a number, a task's
  // checked flag a boolean); Yjs's typings only admit strings, hence the widening.
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value as string);
  node.insert(0, children);
  return node;
}

const p = (...parts: Inline[]) => element('paragraph', {}, [text(parts)]);
const h = (level: number, title: string) => element('heading', { level }, [text([title])]);
const li = (...parts: Inline[]) => element('listItem', {}, [p(...parts)]);
const task = (checked: boolean, label: string) => element('taskItem', { checked }, [p(label)]);
const bold = (t: string): Inline => ({ text: t, marks: { bold: {} } });

/** The sample note, in the node and mark names of the notes editor's schema (TipTap + y-prosemirror). */
export function buildSampleNote(): Uint8Array {
  const doc = new Y.Doc();
  getNoteFragment(doc).insert(0, [
    h(1, 'Kick-off session: circular textiles'),
    p(
      'Ghent and Huế compare how used garments are collected, sorted and given a second life. ',
      bold('Everyone can type here at the same time.'),
    ),
    h(2, 'Agenda'),
    element('bulletList', {}, [
      li('Welcome and round of introductions (Ghent, Huế, facilitators)'),
      li('Ghent: textile collection points and the sorting centre'),
      li('Huế: garment workshops, offcuts and dyeing water'),
      li('Agree on three questions for the next session'),
    ]),
    h(2, 'Câu hỏi từ Huế'),
    p('Làm thế nào để thu gom vải vụn từ các xưởng may nhỏ một cách hiệu quả?'),
    h(2, 'Next steps'),
    element('taskList', {}, [
      task(true, 'Share the Ghent sorting-centre figures'),
      task(false, 'Huế team: photos of the dyeing process'),
      task(false, 'Facilitators: draft the action plan'),
    ]),
  ]);
  return Y.encodeStateAsUpdate(doc);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger('warn');
  const server = await createWeftServer(config, logger);
  const { accounts, workspaces, documents } = server.services;
  // The services have no lookup by email (nobody else needs one), so ask the user store directly.
  const { users } = server.storage.accounts;
  const userIdOf = async (email: string) => (await users.findByEmail(email))?.id ?? null;
  try {
    const existing = await userIdOf(FACILITATOR.email);
    if (existing && (await workspaces.list(existing)).some((w) => w.workspace.title === WORKSPACE_TITLE)) {
      console.log(`Already seeded in ${config.dataDir}: log in as ${FACILITATOR.email}`);
      console.log('(its password was printed when it was created; delete DATA_DIR to start over).');
      return;
    }
    const password = randomBytes(9).toString('base64url');
    const partnerPassword = randomBytes(9).toString('base64url');
    const facilitator = existing
      ? existing
      : (await accounts.signup({ ...FACILITATOR, password, language: 'en' })).user.id;
    const partner =
      (await userIdOf(PARTNER.email)) ??
      (await accounts.signup({ ...PARTNER, password: partnerPassword, language: 'vi' })).user.id;

    const { workspace } = await workspaces.create(facilitator, {
      title: WORKSPACE_TITLE,
      description: 'A year of peer learning on sustainable garment and textile value chains.',
      cities: [
        { name: 'Ghent', timeZone: 'Europe/Brussels', country: 'Belgium' },
        { name: 'Huế', timeZone: 'Asia/Ho_Chi_Minh', country: 'Viet Nam' },
      ],
    });
    const hue = workspace.cities.find((c) => c.name === 'Huế');
    await workspaces.admit(workspace.id, partner, 'editor', hue?.id ?? null);
    const note = await documents.create(facilitator, workspace.id, {
      type: 'note',
      title: 'Kick-off session notes',
    });
    await documents.create(facilitator, workspace.id, { type: 'actionPlan', title: 'Action plan 2025' });
    await documents.create(facilitator, workspace.id, {
      type: 'whiteboard',
      title: 'Brainstorm: second life',
    });
    // Written to the document store, as the sync server would, so every client loads it.
    await server.docStore.append([{ docId: note.id, update: buildSampleNote() }]);

    console.log(`Seeded "${WORKSPACE_TITLE}" in ${config.dataDir}`);
    if (!existing) console.log(`  facilitator: ${FACILITATOR.email}  password: ${password}`);
    console.log(`  Huế editor:  ${PARTNER.email}  password: ${partnerPassword}`);
    console.log('Start the server (pnpm start) and log in at http://localhost:8080/login');
  } finally {
    await server.close();
  }
}

// Runs only as a script, so importing buildSampleNote (e.g. in a test) seeds nothing.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main().catch((err: unknown) => {
    console.error('seeding failed:', err);
    process.exit(1);
  });
}
