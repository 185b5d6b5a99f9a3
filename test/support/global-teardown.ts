/** Stops the embedded PostgreSQL the run started, if any: tests leave nothing running. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.testPostgres?.stop();
}
