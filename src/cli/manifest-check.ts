import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateXML } from "xmllint-wasm";
import { parseStringPromise } from "xml2js";

export const DEV_URL = "https://localhost:3000/";

/** Attribute values and element names found in the manifest, in document order. */
interface Node {
  name: string;
  attributes: Record<string, string>;
  children: Node[];
}

function toNodes(name: string, value: unknown): Node[] {
  if (Array.isArray(value)) return value.flatMap((item) => toNodes(name, item));
  if (typeof value !== "object" || value === null) return [{ name, attributes: {}, children: [] }];
  const record = value as Record<string, unknown>;
  const attributes = (record.$ ?? {}) as Record<string, string>;
  const children = Object.entries(record)
    .filter(([key]) => key !== "$" && key !== "_")
    .flatMap(([key, child]) => toNodes(key, child));
  return [{ name, attributes, children }];
}

function walk(node: Node, visit: (node: Node, parents: Node[]) => void, parents: Node[] = []): void {
  visit(node, parents);
  node.children.forEach((child) => walk(child, visit, [...parents, node]));
}

function pngSize(file: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(file);
  if (bytes.subarray(1, 4).toString() !== "PNG") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The AppSource rules on Version and SupportUrl (Microsoft's commercial marketplace policy 1100.x). */
function storeRules(xml: string, root: Node, resources: Map<string, string>): string[] {
  const problems: string[] = [];
  const first = (name: string) => root.children.find((child) => child.name === name);
  const version = /<Version>\s*([^<]*?)\s*<\/Version>/.exec(xml)?.[1];
  if (!/^[1-9]\d*\.\d+\.\d+\.\d+$/.test(version ?? "")) {
    problems.push(`Version must have four parts and start at 1.0.0.0, not '${version ?? ""}'`);
  }
  const support = first("SupportUrl")?.attributes.DefaultValue;
  const pane = [...resources.values()].filter((url) => /taskpane\.html$/.test(url));
  if (!support) problems.push("SupportUrl is missing");
  else if (pane.includes(support) || /taskpane\.html$/.test(support)) {
    problems.push(`SupportUrl must be a support page, not the task pane (${support})`);
  }
  return problems;
}

/**
 * Offline checks of manifest.xml, all problems at once: well-formed XML (xmllint), every resid
 * resolves, the shared runtime, the functions page and the FunctionFile share one resid, the
 * custom functions namespace is REPORT, the SharedRuntime requirement is declared, icons exist
 * at the sizes named, the store's rules that can be checked offline (a four-part Version from
 * 1.0.0.0, a SupportUrl that is not the task pane), and (given a build) every URL is a file the
 * build emits under `baseUrl` (the dev server's, or a production build's public address).
 */
export async function checkManifest(manifestPath: string, distDir?: string, baseUrl = DEV_URL): Promise<string[]> {
  const xml = readFileSync(manifestPath, "utf8");
  const problems: string[] = [];
  const lint = await validateXML({ xml: [{ fileName: "manifest.xml", contents: xml }], normalization: "format" });
  problems.push(...lint.errors.map((e) => `not well-formed: ${e.message}`));
  if (!lint.valid) return problems;

  const parsed = (await parseStringPromise(xml, { explicitArray: true })) as Record<string, unknown>;
  const [root] = Object.entries(parsed).flatMap(([name, value]) => toNodes(name, value));
  const resources = new Map<string, string>();
  const resids: Array<{ resid: string; element: string; parent: string }> = [];
  const urls: string[] = [];
  walk(root!, (node, parents) => {
    const id = node.attributes.id;
    const value = node.attributes.DefaultValue;
    if (id && value !== undefined && /^bt:(Image|Url|String)$/.test(node.name)) resources.set(id, value);
    if (node.attributes.resid) {
      resids.push({ resid: node.attributes.resid, element: node.name, parent: parents.at(-1)?.name ?? "" });
    }
    if (value?.startsWith("https://")) urls.push(value);
  });

  for (const { resid, element } of resids) {
    if (!resources.has(resid)) problems.push(`resid "${resid}" on <${element}> has no resource`);
  }
  const residOf = (element: string, parent?: string) =>
    resids.filter((r) => r.element === element && (parent === undefined || r.parent === parent)).map((r) => r.resid);
  const runtime = residOf("Runtime");
  const page = residOf("SourceLocation", "Page");
  const functionFile = residOf("FunctionFile");
  const shared = new Set([...runtime, ...page, ...functionFile]);
  if (runtime.length !== 1 || page.length !== 1 || functionFile.length !== 1 || shared.size !== 1) {
    problems.push(`the Runtime (${runtime}), functions Page (${page}) and FunctionFile (${functionFile}) must share one resid`);
  }
  const runtimeNode: Node[] = [];
  walk(root!, (node) => node.name === "Runtime" && runtimeNode.push(node));
  if (runtimeNode[0]?.attributes.lifetime !== "long") problems.push('the Runtime must have lifetime="long"');
  const namespace = residOf("Namespace")[0];
  if (!namespace || resources.get(namespace) !== "REPORT") problems.push("the custom functions namespace must be REPORT");
  if (!/<Set Name="SharedRuntime" MinVersion="1.1"\s*\/>/.test(xml))
    problems.push("the SharedRuntime 1.1 requirement is missing");

  problems.push(...storeRules(xml, root!, resources));

  const images: Node[] = [];
  walk(root!, (node) => node.name === "bt:Image" && node.attributes.size && images.push(node));
  const imageById = (id: string) => resources.get(id);
  for (const image of images) {
    const url = imageById(image.attributes.resid ?? "");
    const size = Number(image.attributes.size);
    if (!url) continue;
    const relative = url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url.replace(/^https:\/\/[^/]+\//, "");
    const file = join(manifestPath, "..", relative);
    const actual = existsSync(file) ? pngSize(file) : undefined;
    if (!actual) problems.push(`icon ${url} is not a PNG file in the project`);
    else if (actual.width !== size || actual.height !== size) {
      problems.push(`icon ${url} is ${actual.width}x${actual.height}, the manifest says ${size}`);
    }
  }

  if (distDir) {
    for (const url of new Set(urls)) {
      if (!url.startsWith(baseUrl)) {
        problems.push(`URL ${url} is not under ${baseUrl}`);
        continue;
      }
      const file = url.slice(baseUrl.length).split(/[?#]/)[0]!;
      if (!existsSync(join(distDir, file))) problems.push(`URL ${url} is not emitted by the build (${file})`);
    }
  }
  return problems;
}
