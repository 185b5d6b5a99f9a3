#!/usr/bin/env node
import { Command, InvalidArgumentError, Option } from 'commander';
import { ApiClient } from './api-client';
import { pull } from './pull-command';
import { push } from './push-command';
import { UpdateFileError } from './update-file';

const log = (line: string) => process.stderr.write(`${line}\n`);

function positiveInteger(max: number) {
  return (text: string) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1 || value > max)
      throw new InvalidArgumentError(`expected a whole number from 1 to ${max}`);
    return value;
  };
}

const program = new Command('frontera-warrants')
  .description('Frontera warrant status sync: push status updates from a file, pull the change feed into one.')
  .addOption(
    new Option('--url <url>', 'GraphQL endpoint').env('FRONTERA_API_URL').default('http://127.0.0.1:3000/graphql'),
  )
  .addOption(
    new Option('--key <key>', 'API key (scope warrants:sync to push, warrants:read to pull)').env('FRONTERA_API_KEY'),
  )
  .addOption(
    new Option('--state <file>', 'what was acknowledged, for resuming')
      .env('FRONTERA_SYNC_STATE')
      .default('.warrant-sync-state.json'),
  )
  .addOption(
    new Option('--timeout <seconds>', 'limit of each request; retried when it runs out')
      .argParser(positiveInteger(3600))
      .default(120),
  )
  .addOption(
    new Option('--retries <n>', 'retries of a request after a network error, a timeout or a 5xx answer')
      .argParser(positiveInteger(100))
      .default(5),
  )
  .showHelpAfterError()
  .addHelpText(
    'after',
    `
Exit codes: 0 done; 1 an error (bad file, bad key, the API unreachable); 2 pushed, but items were
rejected or not found (listed with their line numbers, and in the rejects file).
Network errors, timeouts and 5xx answers are retried with backoff; RATE_LIMITED waits retryAfterSeconds.`,
  );

function client(): ApiClient {
  const { url, key, timeout, retries } = program.opts<{
    url: string;
    key?: string;
    timeout: number;
    retries: number;
  }>();
  if (!key) return program.error('an API key is needed: --key or FRONTERA_API_KEY');
  return new ApiClient({ url, key, timeoutMs: timeout * 1000, retries, baseDelayMs: 500, rateLimitWaits: 10, log });
}

program
  .command('push')
  .description('send the status updates of an NDJSON file (one JSON object a line) or a CSV file with a header row')
  .requiredOption('--file <file>', 'updates.ndjson or updates.csv')
  .option('--batch <n>', 'updates a request', positiveInteger(5000), 5000)
  .option('--rejects <file>', 'rejected and not-found items, one JSON object a line (default: <file>.rejects.ndjson)')
  .action(async (options: { file: string; batch: number; rejects?: string }) => {
    const { state } = program.opts<{ state: string }>();
    process.exitCode = await push(
      client(),
      { ...options, state, rejects: options.rejects ?? `${options.file}.rejects.ndjson` },
      log,
    );
  });

program
  .command('pull')
  .description(
    'append the changes to the warrants the key may read to a file, one JSON object a line, from the last cursor on',
  )
  .requiredOption('--out <file>', 'the file to append to (`-`: standard output, for a pipe)')
  .option('--after <cursor>', 'start after this cursor instead of the state file’s')
  .option('--first <n>', 'changes a request', positiveInteger(1000), 100)
  .action(async (options: { out: string; after?: string; first: number }) => {
    const { state } = program.opts<{ state: string }>();
    process.exitCode = await pull(client(), { ...options, state }, log);
  });

program.parseAsync().catch((error: unknown) => {
  log(
    error instanceof UpdateFileError
      ? error.message
      : `error: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
});
