// The export worker run from TypeScript source (tests, `pnpm dev`): Node 20 applies no `--import`
// loader to worker threads, so tsx is registered here. Compiled servers use @weft/export/worker.
import { register } from 'tsx/esm/api';

register();
const worker = await import('@weft/export/worker');

export default worker.default;
