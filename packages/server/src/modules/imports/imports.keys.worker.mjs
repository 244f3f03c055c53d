// The thread that computes match keys for a large people import (imports.keys.ts). Plain JavaScript,
// so it starts the same under `npm start`, tsx and the test runner: it registers tsx itself, then
// loads the TypeScript that answers.
import { register } from 'tsx/esm/api';

register();
await import('./imports.keys.thread.ts');
