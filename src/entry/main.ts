// Entry point of dist/main: the action's main step.
import { main } from '../action/main.js';

await main();
