// `npm run bench`: the benchmarks, each measuring us side by side with a peer or the physical
// limit in the same run and printing ratios. Lint and .dockerignore matching first (seconds), then the image benchmark,
// which needs Docker and builds a >= 1 GB image (minutes), then the registry benchmark (a pushed
// 2 GB image, minutes); the Docker ones say so and stop without Docker.
// `npm run bench -- lint` runs only the benchmarks whose file name contains one of the words given.
import { spawnSync } from 'node:child_process';

const filter = process.argv.slice(2);
const benches = ['bench/lint.bench.ts', 'bench/dockerignore.bench.ts', 'bench/image.bench.ts', 'bench/registry.bench.ts'].filter(
  (b) => filter.length === 0 || filter.some((word) => b.includes(word)),
);
let failed = 0;
for (const bench of benches) {
  console.log(`\n## ${bench}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', bench], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
