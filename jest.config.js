const ESM_ONLY = [
  "uuid",
  // light-my-request's (Fastify's inject) cookie
  "cookie",
  "strip-bom",
  // linkedom's dependencies
  "boolbase",
  "css-select",
  "css-what",
  "cssomnom",
  "dom-serializer",
  "domelementtype",
  "domhandler",
  "domutils",
  "entities",
  "html-escaper",
  "htmlparser2",
  "nth-check",
  "uhyphen",
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  globalSetup: "<rootDir>/test/support/build.js",
  testTimeout: 30000,
  // The build emits the bundled report as a file and gives its URL (webpack.config.js); a test names it.
  moduleNameMapper: { "/report\\.json\\?url$": "<rootDir>/test/support/report-url.js" },
  transform: {
    "^.+\\.[tj]sx?$": ["ts-jest", { tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  // office-addin-mock pulls ESM-only packages (uuid, strip-bom), and so does linkedom (the build's DOM for the
  // prerendered pane; Node loads them with require(esm), Jest's module system cannot); let ts-jest transform them.
  // The pattern looks at the innermost node_modules only, as these sit nested inside other packages.
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join("|")})/)(?!.*/node_modules/)`],
};
