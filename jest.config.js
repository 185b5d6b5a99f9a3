/** Unit specs live beside the code (libs/**, apps/**), end-to-end specs in test/. */
module.exports = {
  rootDir: '.',
  moduleFileExtensions: ['js', 'json', 'ts'],
  testRegex: '.*\\.(spec|e2e-spec)\\.ts$',
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.spec.json' }] },
  testEnvironment: 'node',
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  moduleNameMapper: {
    '^@app/core$': '<rootDir>/libs/core/src',
    '^@app/auth$': '<rootDir>/libs/auth/src',
    '^@app/audit$': '<rootDir>/libs/audit/src',
    '^@app/cases$': '<rootDir>/libs/cases/src',
    '^@app/sharing$': '<rootDir>/libs/sharing/src',
    '^@app/campaigns$': '<rootDir>/libs/campaigns/src',
    '^@app/notifications$': '<rootDir>/libs/notifications/src',
    '^@app/client$': '<rootDir>/libs/client/src',
  },
};
