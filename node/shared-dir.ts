import { resolve } from 'node:path';

/**
 * The shared reference material beside the repository (../shared: real
 * pages, gold labels; read-only, never copied into the repository). Tools and
 * tests that need it say so and do nothing when it is absent.
 */
export const SHARED_DIR = resolve(import.meta.dirname, '../../shared');
