// Which builder will run the build, read before building: its driver (`docker buildx inspect`)
// and, for the docker driver, the engine's image store (`docker info`). The docker driver on the
// classic store (GitHub's runners without setup-buildx-action) exports neither a registry cache
// nor an OCI layout, so the build plan depends on it.
import { exec } from '../util/exec.js';
import type { BuilderInfo } from './argv.js';

const TIMEOUT_SECONDS = 60;

export async function detectBuilder(builder: string | null, cwd?: string): Promise<BuilderInfo> {
  const inspect = await exec('docker', ['buildx', 'inspect', ...(builder ? [builder] : [])], { cwd, timeoutSeconds: TIMEOUT_SECONDS });
  const driver = inspect.exitCode === 0 ? builderDriver(inspect.stdout) : null;
  if (driver !== 'docker') return { driver, imageStore: null };
  // The docker driver builds in the engine of the docker context named like the builder.
  const context = builder ? ['--context', builder] : [];
  const info = await exec('docker', [...context, 'info', '--format', '{{json .DriverStatus}}'], { cwd, timeoutSeconds: TIMEOUT_SECONDS });
  return { driver, imageStore: info.exitCode === 0 ? imageStore(info.stdout) : null };
}

/** The driver named in `docker buildx inspect` output ("Driver:        docker-container"). */
export function builderDriver(inspectOutput: string): string | null {
  return /^Driver:\s*(\S+)/m.exec(inspectOutput)?.[1] ?? null;
}

/** containerd when `docker info`'s DriverStatus names the containerd snapshotter, else classic. */
export function imageStore(driverStatusJson: string): 'containerd' | 'classic' {
  return driverStatusJson.includes('io.containerd.snapshotter') ? 'containerd' : 'classic';
}
