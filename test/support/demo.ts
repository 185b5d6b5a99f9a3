import { createRequire } from 'node:module';
import { resolve } from 'node:path';

/*
 * The demo fixtures' fixed ids, read from the compiled app with Node's own require: jest's
 * module loader cannot load the ESM-only NestJS packages the app's modules pull in.
 */
const nodeRequire = createRequire(__filename);
const demo = nodeRequire(resolve(__dirname, '../../dist/apps/api/src/demo/demo-data.js')) as { DEMO_IDS: DemoIds };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type DemoIds = Record<string, Record<string, any>>;
export const DEMO_IDS = demo.DEMO_IDS;
