/* eslint-disable no-undef */
// Builds the add-in: the task pane page (which also loads the functions bundle: one shared
// runtime), functions.js, functions.json generated from JSDoc, the manifest and the icons.
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { fabricSubset } = require("./scripts/fabric-subset");
const { DatasetCheckPlugin } = require("./scripts/dataset-check-plugin");
const { PrerenderPanePlugin } = require("./scripts/prerender-plugin");
const { StartScriptsPlugin } = require("./scripts/start-scripts-plugin");
const { InlineHeadPlugin, STYLE_HASH_PLACEHOLDER, SCRIPT_HASH_PLACEHOLDER } = require("./scripts/inline-head-plugin");
const { devServerHeaders } = require("./scripts/dev-server-headers");
const { libraryOrigin, manifestWithLibrary } = require("./scripts/library-origin");

// The dataset the build checks and bundles; REPORT_DATASET builds another (and lets the tests build corrupt ones).
const dataset = path.resolve(process.env.REPORT_DATASET || path.join(__dirname, "data", "report.json"));

const { DEV_URL: urlDev, addinBaseUrl } = require("./scripts/public-url");

/** HTTPS options for the dev server from office-addin-dev-certs' files (trusting them needs sudo; we only read them). */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
  const cert = path.join(dir, "localhost.crt");
  const key = path.join(dir, "localhost.key");
  if (!fs.existsSync(cert) || !fs.existsSync(key)) {
    await devCerts.generateCertificates(path.join(dir, "ca.crt"), cert, key);
  }
  return { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ca: fs.readFileSync(path.join(dir, "ca.crt")) };
}

/**
 * The pane's styles, inlined in taskpane.html so nothing blocks its first paint: the Office UI
 * Fabric Core rules the pane uses, then its own. The page's Content-Security-Policy allows this
 * one inline stylesheet by its sha256 and nothing else inline.
 */
function taskpaneStyles(devServer, library) {
  const fabricFile = require.resolve("office-ui-fabric-core/dist/css/fabric.min.css");
  const fabric = fabricSubset(fs.readFileSync(fabricFile, "utf8"), path.resolve(__dirname, "src/taskpane"));
  const own = ["src/taskpane/taskpane.css", "src/taskpane/review/review.css"]
    .map((file) => fs.readFileSync(path.resolve(__dirname, file), "utf8"))
    .join("\n");
  const contentSecurityPolicy = require("./scripts/content-security-policy").contentSecurityPolicy({
    styleHash: `'${STYLE_HASH_PLACEHOLDER}'`,
    scriptHash: `'${SCRIPT_HASH_PLACEHOLDER}'`,
    devServer,
    library,
  });
  return { styles: `${fabric}\n${own}`, contentSecurityPolicy };
}

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

/** The function ids the metadata plugin generated for this compilation (it runs before any module is parsed). */
function functionIds() {
  const generated = CustomFunctionsMetadataPlugin.generateResults[FUNCTIONS_SOURCE];
  if (!generated) throw new Error(`custom-functions-metadata-plugin has not read ${FUNCTIONS_SOURCE}`);
  // The head answers a call that comes before the functions' code with a promise: Excel ignores what a streaming or
  // cancelable function returns, so such a function would need its own path there.
  const special = JSON.parse(generated.metadataJson).functions.filter((f) => f.options?.stream || f.options?.cancelable);
  if (special.length > 0) {
    throw new Error(`src/functions/register.ts does not handle streaming or cancelable functions: ${special.map((f) => f.id)}`);
  }
  return generated.associate.map((item) => item.id);
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  // A production build needs ADDIN_PUBLIC_URL (see scripts/public-url.js); --env local keeps the dev URLs.
  const local = Boolean(env.local);
  const urlProd = addinBaseUrl({ production: !dev, local });
  // The team library the pane may call (CSP connect-src, manifest AppDomains): LIBRARY_URL, else none.
  const library = libraryOrigin(process.env.LIBRARY_URL);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      // Inlined into taskpane.html (InlineHeadPlugin): its chunks load from the page's own folder.
      taskpane: { import: "./src/taskpane/index.ts", publicPath: "" },
      functions: "./src/functions/standalone.ts",
      // The extractor in a Web Worker, started only when a reviewer drafts a report (src/taskpane/review/drafting.ts).
      "extract-worker": "./src/taskpane/review/extract-worker.ts",
    },
    // The chunks' hashes are fixed before assets are emitted (no real-content-hash pass rewriting them after), so the
    // inline entry that names them is final when InlineHeadPlugin hashes it for the page's CSP.
    optimization: { realContentHash: false },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Entries keep their names (the manifest and the worker's URL name them; served no-cache); the chunks the page
      // loads on demand carry a hash of their content, so a cached page can never run with another build's chunk.
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      // A chunk that stalls fails in 15 s, not webpack's 120 s: the functions waiting on it answer, and may try again.
      chunkLoadTimeout: 15_000,
      // A module that threw while loading is run again at the next import, not left half-initialized for good.
      strictModuleExceptionHandling: true,
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    // The shared runtime runs in modern engines (Edge WebView2, Safari, Chromium): no polyfills.
    target: ["web", "es2020"],
    module: {
      // ExcelJS's browser build is one self-contained UMD file: nothing in it for webpack to resolve.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // Types are checked once, by tsc (test/typecheck.test.ts and npm run lint); each build only transpiles.
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: dev } } },
        },
        {
          // The bundled report, without the words of its spans: src/dataset/report.ts puts them back from the text.
          // Imported with ?url (the shared runtime, src/dataset/fetch-report.ts), it is a file of its own that the
          // runtime fetches: data parsed by JSON.parse, not 43 KB of object literal in the start-up script.
          test: /\.json$/,
          include: (file) => path.resolve(file) === dataset,
          oneOf: [
            { resourceQuery: /^\?url$/, type: "asset/resource", generator: { filename: "report.[contenthash:8].json" } },
            { type: "json" },
          ],
          use: path.join(__dirname, "scripts", "drop-span-text-loader.js"),
        },
      ],
    },
    plugins: [
      new DatasetCheckPlugin(dataset),
      new (require("webpack").NormalModuleReplacementPlugin)(/[\\/]data[\\/]report\.json(\?url)?$/, (resource) => {
        resource.request = dataset + (resource.request.endsWith("?url") ? "?url" : "");
      }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      // The page's head associates the ids of the functions.json this build generates (src/functions/register.ts).
      new (require("webpack").DefinePlugin)({
        REPORT_FUNCTION_IDS: require("webpack").DefinePlugin.runtimeValue(() => JSON.stringify(functionIds()), true),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: () => taskpaneStyles(dev ? urlDev : undefined, library),
        // Blocking, right after office.js in the head: the runtime's first script registers every custom function
        // before office.js can resolve Office.onReady (a deferred script waits for the page to parse, and loses
        // that race). It is small: the functions' code and the explorer load after the first paint (index.ts).
        scriptLoading: "blocking",
        inject: "head",
      }),
      // The default report's first view, rendered by the pane's own code at build: the figures at first paint.
      new PrerenderPanePlugin({ filename: "taskpane.html", dataset }),
      new InlineHeadPlugin({ page: "taskpane.html", script: "taskpane.js" }),
      // The extractor's gazetteer (GeoNames, CC BY 4.0), fetched by the worker when it first drafts.
      new (require("./scripts/gazetteer-asset").GazetteerAssetPlugin)(),
      new StartScriptsPlugin({ entry: "taskpane", loadedAtStart: ["explorer", "functions-runtime"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "src/support/support.html",
            to: "support.html",
            transform: (content) => require("./scripts/support-page").supportPage(content.toString()),
          },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              manifestWithLibrary(dev ? content.toString() : content.toString().replaceAll(urlDev, urlProd), library),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      // Only this machine: the dev build (with its source maps) is not served to the network.
      host: "localhost",
      headers: devServerHeaders,
      server: { type: "https", options: env.WEBPACK_SERVE ? await httpsOptions() : undefined },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      client: { overlay: false },
    },
  };
};
