import { benchSync } from './sync-bench';

/** `npm run bench:sync`: the warrant sync benchmark alone (see sync-bench.ts). */
async function main(): Promise<void> {
  const r = await benchSync();
  console.log(
    `GraphQL sync: ${r.warrants} updates in ${r.apiSeconds.toFixed(2)}s = ${Math.round(r.apiRate)} updates/s (batches of ${r.batch})`,
  );
  console.log(
    `raw SQL:      ${r.warrants} updates in ${r.rawSeconds.toFixed(2)}s = ${Math.round(r.rawRate)} updates/s (one statement)`,
  );
  console.log(`ratio (GraphQL / raw): ${(r.apiRate / r.rawRate).toFixed(2)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
