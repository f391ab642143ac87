/** Unit, component and end-to-end tests; all TypeScript through ts-jest. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleNameMapper: {
    "\\.(css)$": "<rootDir>/test/support/styleStub.js",
  },
  testTimeout: 30000,
};
