// Entry point of dist/post: the action's post step.
import { post } from '../action/post.js';

await post();
