/**
 * `npm run validate`: offline validation of manifest.xml (see manifest-check.ts), and of the
 * built dist/manifest.xml against the files beside it and the address it was built for.
 * Microsoft's online validation is `npm run validate:online` (office-addin-manifest, needs the network).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkManifest, DEV_URL } from "./manifest-check";

async function main(): Promise<number> {
  const root = join(__dirname, "..", "..");
  const dist = join(root, "dist");
  const targets: Array<{ manifest: string; dist?: string; baseUrl: string }> = [
    { manifest: join(root, "manifest.xml"), baseUrl: DEV_URL },
  ];
  const built = join(dist, "manifest.xml");
  if (existsSync(built)) {
    // The address the build wrote (ADDIN_PUBLIC_URL, or the dev server's for a local build).
    const source = /<SourceLocation DefaultValue="(https:\/\/[^"]*\/)taskpane\.html"/.exec(readFileSync(built, "utf8"));
    targets.push({ manifest: built, dist, baseUrl: source?.[1] ?? DEV_URL });
  } else {
    console.log("dist/ not built: URLs not checked against a build (run npm run build or npm run build:local first).");
  }
  let problems = 0;
  for (const target of targets) {
    const found = await checkManifest(target.manifest, target.dist, target.baseUrl);
    found.forEach((p) => console.error(`${target.manifest}: ${p}`));
    if (found.length === 0) console.log(`${target.manifest} is valid (offline checks).`);
    problems += found.length;
  }
  return problems === 0 ? 0 : 1;
}

main().then((code) => (process.exitCode = code));
