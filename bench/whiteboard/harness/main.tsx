import { createRoot } from 'react-dom/client';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { WhiteboardController } from '../../../client/src/editors/whiteboard/createWhiteboardController.ts';
import { WhiteboardEditor } from '../../../client/src/editors/whiteboard/WhiteboardEditor.tsx';
import { createTestI18n } from '../../../client/src/i18n/testing/createTestI18n.ts';
import { createBenchDriver } from './createBenchDriver.ts';

async function start() {
  const doc = new Y.Doc();
  const params = new URLSearchParams(location.search);
  const board = params.get('board');
  if (board) {
    const res = await fetch(board);
    if (!res.ok) throw new Error(`board ${board}: HTTP ${res.status}`);
    Y.applyUpdate(doc, new Uint8Array(await res.arrayBuffer()));
  }
  const awareness = new Awareness(doc);
  const root = document.getElementById('root');
  if (!root) throw new Error('missing #root');
  const onReady = (controller: WhiteboardController) => {
    Object.assign(window, { __bench: createBenchDriver(controller, doc, awareness) });
  };
  createRoot(root).render(
    <WhiteboardEditor
      doc={doc}
      awareness={awareness}
      readOnly={params.get('readOnly') === '1'}
      user={{ id: 'bench-local', name: 'Lan (Huế)', colour: '#d62828', city: 'Huế' }}
      onCreateActionItem={(shape) => console.log('action item from', shape.id)}
      onReady={onReady}
      t={createTestI18n().getFixedT('en', 'whiteboard')}
    />,
  );
}

start().catch((error: unknown) => {
  document.body.textContent = `harness failed: ${String(error)}`;
});
