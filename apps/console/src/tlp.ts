import type { Tlp } from './gql/graphql';

/** TLP 2.0 labels, never translated: "TLP:AMBER+STRICT", not the enum name. */
export function tlpLabel(tlp: Tlp): string {
  return `TLP:${tlp === 'AMBER_STRICT' ? 'AMBER+STRICT' : tlp}`;
}

/** FIRST's TLP 2.0 colours: the label's text colour on a black background. */
export const TLP_COLOURS: Record<Tlp, string> = {
  RED: '#FF2B2B',
  AMBER: '#FFC000',
  AMBER_STRICT: '#FFC000',
  GREEN: '#33FF00',
  CLEAR: '#FFFFFF',
};
