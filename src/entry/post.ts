// The bundle entry of the post step (see src/entry/main.ts).
import { run } from '../post.js';

await run();
