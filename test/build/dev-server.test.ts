/** The dev server serves this machine only, and gives other origins only what Office fetches from them. */
import { join } from "node:path";
import { rootDir } from "../support/dist";

interface DevServerConfig {
  host?: string;
  headers?: unknown;
}

async function devServer(): Promise<DevServerConfig> {
  // The webpack config is plain CommonJS, read the way webpack-cli reads it.
  const configure = require(join(rootDir, "webpack.config.js")) as (
    env: object,
    options: object,
  ) => Promise<{ devServer: DevServerConfig }>;
  return (await configure({}, { mode: "development" })).devServer;
}

const headersFor = (config: DevServerConfig, url: string): Record<string, string> => {
  const { headers } = config;
  return typeof headers === "function"
    ? (headers as (req: { url: string }) => Record<string, string>)({ url })
    : (headers as Record<string, string>);
};

describe("the dev server", () => {
  it("listens on localhost only", async () => {
    expect((await devServer()).host).toBe("localhost");
  });

  it("sends no wildcard CORS header with the pane, the scripts or their source maps", async () => {
    const config = await devServer();
    for (const url of ["/taskpane.html", "/taskpane.js", "/functions.js", "/explorer.0123abcd.js.map", "/manifest.xml"]) {
      expect([url, headersFor(config, url)["Access-Control-Allow-Origin"]]).toEqual([url, undefined]);
    }
  });

  it("lets Excel on the web fetch the functions' metadata from its own origin", async () => {
    const config = await devServer();
    expect(headersFor(config, "/functions.json")).toEqual({ "Access-Control-Allow-Origin": "*", "Cache-Control": "no-cache" });
    expect(headersFor(config, "/functions.json?v=2")).toEqual({
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "no-cache",
    });
  });

  it("serves the files whose names do not change no-cache, and the hashed chunks cacheable", async () => {
    const config = await devServer();
    for (const url of ["/taskpane.html", "/functions.json", "/functions.js"])
      expect([url, headersFor(config, url)["Cache-Control"]]).toEqual([url, "no-cache"]);
    expect(headersFor(config, "/explorer.0123abcd.js")["Cache-Control"]).toBeUndefined();
  });
});
