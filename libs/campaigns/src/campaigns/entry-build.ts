import { registerEnumType } from '@nestjs/graphql';

/** A wanted person's build, as posters describe it. */
export enum EntryBuild {
  SLIM = 'SLIM',
  MEDIUM = 'MEDIUM',
  ATHLETIC = 'ATHLETIC',
  HEAVY = 'HEAVY',
}
registerEnumType(EntryBuild, {
  name: 'EntryBuild',
  description: "A wanted person's build, as posters describe it.",
  valuesMap: {
    SLIM: { description: 'Slim.' },
    MEDIUM: { description: 'Medium.' },
    ATHLETIC: { description: 'Athletic.' },
    HEAVY: { description: 'Heavy.' },
  },
});
