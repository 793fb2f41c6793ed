// The repository's root folder, also when the tests run from their compiled copy in .test-build/
// (scripts/test-build.mjs), whose package.json is a link to the root's: for what lies beside the
// repository, which the copy does not mirror.
import { realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = dirname(realpathSync(fileURLToPath(new URL('../../package.json', import.meta.url))));
