import type { NodeSDK } from '@opentelemetry/sdk-node';

/**
 * OpenTelemetry tracing, on only when OTEL_EXPORTER_OTLP_ENDPOINT is set: then the SDK starts
 * here, imported first by main.ts so that its instrumentations (HTTP, Express, GraphQL, pg)
 * wrap those modules before anything loads them, and exports spans over OTLP/HTTP (JSON) to
 * `<endpoint>/v1/traces`. Off, nothing of the SDK is even loaded: no per-request cost.
 * The SDK reads the standard OTEL_* variables (OTEL_SERVICE_NAME, OTEL_BSP_SCHEDULE_DELAY, ...).
 */
function startTracing(): NodeSDK | null {
  if (!process.env.OTEL_EXPORTER_OTLP_ENDPOINT) return null;
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only when tracing is on */
  const { NodeSDK: SDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { OTLPTraceExporter } =
    require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { HttpInstrumentation } =
    require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { ExpressInstrumentation } =
    require('@opentelemetry/instrumentation-express') as typeof import('@opentelemetry/instrumentation-express');
  const { GraphQLInstrumentation } =
    require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const { PgInstrumentation } =
    require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const sdk = new SDK({
    serviceName: process.env.OTEL_SERVICE_NAME ?? 'frontera-api',
    traceExporter: new OTLPTraceExporter(),
    instrumentations: [
      // probes and scrapes would drown the traces of real requests
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => /^\/(health|metrics)(\/|\?|$)/.test(request.url ?? ''),
      }),
      new ExpressInstrumentation(),
      // values in documents stay masked (allowValues: false); resolvers of plain properties make no spans
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, mergeItems: true }),
      // statements with their $n placeholders, never the parameters; only within a request (not the audit sealer's)
      new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true }),
    ],
  });
  sdk.start();
  // Nest's ES modules import express, which the require hooks never see: required here, after
  // them, it is wrapped in place, and those imports then get the wrapped module
  require('express');
  return sdk;
}

const sdk = startTracing();

/** Exports the spans still buffered and stops: with the app (TracingShutdown), so the last requests' spans are not lost. */
export async function stopTracing(): Promise<void> {
  await sdk?.shutdown();
}
