import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { GqlModuleOptions, GRAPHQL_MODULE_OPTIONS, GraphQLFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createLogger, loadConfig } from '@app/core';
import { AppModule } from '../app.module';
import { runCli } from './run-cli';

/**
 * `npm run schema`: writes the code-first schema as SDL, sorted, to `--out` (default
 * schema.graphql). It builds the application module without connecting anywhere and asks
 * @nestjs/graphql's own factory for the schema, with the options the server uses, so the file
 * is what the server serves (test/client.e2e-spec.ts compares it with the live schema).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'schema.graphql' } } });
  // throwaway secrets: nothing is signed or sealed, and no secrets file is written
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: randomBytes(32).toString('hex'),
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  });
  const app = await NestFactory.create(AppModule.forRoot(config, null, createLogger('silent')), { logger: false });
  const options = app.get<GqlModuleOptions>(GRAPHQL_MODULE_OPTIONS, { strict: false });
  const schema = await app.get(GraphQLFactory, { strict: false }).generateSchema({ ...options, typeDefs: [] });
  writeFileSync(resolve(values.out!), `${printSchema(lexicographicSortSchema(schema))}\n`);
}

runCli(main);
