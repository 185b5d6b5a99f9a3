import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';

/**
 * The Apollo sandbox on GET /graphql in a browser, outside production only. The cast bridges
 * the CommonJS typings we compile against and the ESM ones @nestjs/apollo checks plugins with.
 */
export function sandboxPlugin(): ApolloServerPlugin {
  return ApolloServerPluginLandingPageLocalDefault({ embed: true }) as unknown as ApolloServerPlugin;
}
