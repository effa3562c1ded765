/**
 * `npm run validate`: offline validation of manifest.xml (see manifest-check.ts). Microsoft's
 * online validation is `npm run validate:online` (office-addin-manifest, needs the network).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { checkManifest } from "./manifest-check";

async function main(): Promise<number> {
  const root = join(__dirname, "..", "..");
  const dist = join(root, "dist");
  const problems = await checkManifest(join(root, "manifest.xml"), existsSync(dist) ? dist : undefined);
  if (!existsSync(dist)) console.log("dist/ not built: URLs not checked against the build (run npm run build first).");
  if (problems.length === 0) {
    console.log("manifest.xml is valid (offline checks).");
    return 0;
  }
  problems.forEach((p) => console.error(`manifest.xml: ${p}`));
  return 1;
}

main().then((code) => (process.exitCode = code));
