/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.[tj]sx?$": ["ts-jest", { tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  // office-addin-mock pulls ESM-only packages (uuid, strip-bom); let ts-jest transform them.
  transformIgnorePatterns: ["/node_modules/(?!(uuid|strip-bom)/)"],
};
