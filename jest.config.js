/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  globalSetup: "<rootDir>/test/support/build.js",
  testTimeout: 30000,
  transform: {
    "^.+\\.[tj]sx?$": ["ts-jest", { tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  // office-addin-mock pulls ESM-only packages (uuid, strip-bom); let ts-jest transform them.
  // The pattern looks at the innermost node_modules only, as these sit nested inside other packages.
  transformIgnorePatterns: ["/node_modules/(?!(uuid|strip-bom)/)(?!.*/node_modules/)"],
};
