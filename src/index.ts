// The action's entry, as the runner starts it (dist/index.js): everything is in main.ts.
import { run } from './main.js';

await run();
