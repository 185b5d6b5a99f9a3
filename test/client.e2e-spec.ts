import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  IntrospectionQuery,
  isAbstractType,
  Kind,
  lexicographicSortSchema,
  OperationTypeNode,
  parse,
  print,
  printSchema,
} from 'graphql';
import { LoginDocument, MeDocument, possibleTypes, SuspectDocument, SuspectsDocument } from '@app/client';
import { CONTRACT_GAPS } from './support/contract-gaps';
import { DEMO_PASSWORD, GraphQLClient, startApp, TestApp } from './support/test-app';

const ROOT = resolve(__dirname, '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** What an integrator writes: the document's types check the variables and type the answer. */
async function run<TData, TVariables extends Record<string, unknown>>(
  client: GraphQLClient,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const result = await client.gql<TData>(print(document), variables);
  if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** `Query.me`, `Mutation.login`, ...: the root fields a set of documents calls. */
function rootFields(sdl: string): Set<string> {
  const fields = new Set<string>();
  const kinds: Record<string, string> = {
    [OperationTypeNode.QUERY]: 'Query',
    [OperationTypeNode.MUTATION]: 'Mutation',
    [OperationTypeNode.SUBSCRIPTION]: 'Subscription',
  };
  for (const definition of parse(sdl).definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      for (const selection of definition.selectionSet.selections) {
        if (selection.kind === Kind.FIELD) fields.add(`${kinds[definition.operation]}.${selection.name.value}`);
      }
    }
    if (
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      definition.name.value in { Query: 1, Mutation: 1, Subscription: 1 }
    ) {
      for (const field of definition.fields ?? []) fields.add(`${definition.name.value}.${field.name.value}`);
    }
  }
  return fields;
}

describe('the typed client (libs/client)', () => {
  it('is generated from schema.graphql and libs/client/operations', () => {
    // --check: generates in memory and exits 1 naming the files that would change
    const check = spawnSync(
      join(ROOT, 'node_modules/.bin/graphql-codegen'),
      ['--config', 'libs/client/codegen.ts', '--check'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (check.status !== 0)
      throw new Error(
        `the client is stale: run \`npm run codegen\` and commit libs/client/src/generated\n${check.stdout}${check.stderr}`,
      );
  });

  it('has an operation for every query and mutation of the contract (but the gaps it does not serve yet)', () => {
    const operationsDir = join(ROOT, 'libs/client/operations');
    const called = rootFields(
      readdirSync(operationsDir)
        .map((file) => readFileSync(join(operationsDir, file), 'utf8'))
        .join('\n'),
    );
    const contract = [...rootFields(read('contract/api-outline.graphql'))];
    expect(
      contract.filter(
        (field) => !called.has(field) && !(field in CONTRACT_GAPS) && !(field.split('.')[0] in CONTRACT_GAPS),
      ),
    ).toEqual([]);
  });

  it('exports possibleTypes: the implementations of every interface and union of the schema', () => {
    const schema = buildSchema(read('schema.graphql'));
    const abstract = Object.values(schema.getTypeMap()).filter(isAbstractType);
    const expected = Object.fromEntries(
      abstract.map((type) => [
        type.name,
        schema
          .getPossibleTypes(type)
          .map((t) => t.name)
          .sort(),
      ]),
    );
    expect(possibleTypes).toEqual(expected);
    expect(possibleTypes.Record).toEqual(['Case', 'Organization', 'Suspect', 'Tip', 'Warrant']);
  });

  describe('against the API', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startApp();
    });
    afterAll(() => app?.stop());

    it('serves exactly schema.graphql', async () => {
      const result = await app.anonymous.gql<IntrospectionQuery>(getIntrospectionQuery());
      const served = printSchema(lexicographicSortSchema(buildClientSchema(result.data!)));
      expect(`${served}\n`).toBe(read('schema.graphql'));
    });

    it('answers the typed documents: log in, page through suspects, read one through the Record fragment', async () => {
      const { login } = await run(app.anonymous, LoginDocument, {
        email: 'analyst@hsi.example',
        password: DEMO_PASSWORD,
      });
      expect(login.user.agency.code).toBe('HSI');
      const analyst = new GraphQLClient(app.url, login.accessToken);
      expect((await run(analyst, MeDocument, {})).me.email).toBe('analyst@hsi.example');

      const first = (await run(analyst, SuspectsDocument, { first: 2 })).suspects;
      expect(first.edges).toHaveLength(2);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (await run(analyst, SuspectsDocument, { first: 2, after: first.pageInfo.endCursor })).suspects;
      const ids = [...first.edges, ...second.edges].map((edge) => edge.node.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(second.totalCount).toBe(first.totalCount);

      const { suspect } = await run(analyst, SuspectDocument, { id: first.edges[0].node.id });
      // the fields of the Record fragment come back on the suspect as on the page's node
      expect(suspect).toMatchObject(first.edges[0].node);
      expect(suspect!.ownerAgency.code).toMatch(/^[A-Z-]+$/);
      expect(new Date(suspect!.updatedAt).toISOString()).toBe(suspect!.updatedAt);
    });
  });
});
