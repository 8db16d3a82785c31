// Builds the renderer once before the e2e files run (the host serves out/renderer).
// @ts-expect-error -- a plain .mjs build script without type declarations
import { ensureRendererBuilt } from '../../build/scripts/lib/renderer-build.mjs';

export default function setup(): void {
  (ensureRendererBuilt as (o: { quiet: boolean }) => void)({ quiet: true });
}
