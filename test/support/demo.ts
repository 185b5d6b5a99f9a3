/** The demo fixtures' fixed ids (a plain module: the tests load no app code). */
export { DEMO_IDS } from '../../apps/api/src/demo/demo-ids';
