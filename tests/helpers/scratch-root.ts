import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * Every test file's scratch folders live under one folder of its own, removed when the file ends.
 * The tests make theirs with `mkdtempSync(join(tmpdir(), …))` and several keep them for the whole
 * file (generated corpora, built sites, Chromium profiles); left behind, a day's test runs had
 * filled /tmp with 3.0 GB on the development machine. `os.tmpdir()` reads TMPDIR on each call, and the processes a test starts
 * (astro build, Chromium, nginx) inherit it.
 */
const root = mkdtempSync(join(tmpdir(), 'vitest-'));
// Open to every user with the sticky bit, as /tmp is: some tests run the CLI as another user.
chmodSync(root, 0o1777);
process.env.TMPDIR = root;

// Registered before the file's own hooks, so it runs after them (vitest runs after-hooks as a stack):
// a browser or server the file closes in its afterAll is gone by then.
afterAll(() => rmSync(root, { recursive: true, force: true, maxRetries: 3 }));
