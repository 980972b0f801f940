// A reader thread of the fan-out bench: Node 20 applies no `--import` loader (tsx) to worker
// threads, so tsx is registered here before the TypeScript worker is loaded.
import { register } from 'tsx/esm/api';

register();
await import('./readerWorker.ts');
