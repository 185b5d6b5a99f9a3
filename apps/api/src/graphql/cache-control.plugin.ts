import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * Apollo's cache-control plugin, on by default, off: no answer here may be cached by HTTP (each
 * depends on who asks), and while it is on Apollo wraps every field resolver to compute cache
 * hints (a measurable part of a page of 50). The cast as in sandbox.plugin.ts.
 */
export function cacheControlDisabled(): ApolloServerPlugin {
  return ApolloServerPluginCacheControlDisabled() as unknown as ApolloServerPlugin;
}
