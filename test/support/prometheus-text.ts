export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Exposition {
  /** `# TYPE` of each metric family. */
  types: Map<string, string>;
  samples: Sample[];
}

const METRIC_NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const LABEL = `([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\\\\n]|\\\\[\\\\"n])*)"`;
const SAMPLE = new RegExp(`^(${METRIC_NAME})(?:\\{((?:${LABEL})(?:,${LABEL})*)?,?\\})? (\\S+)(?: -?\\d+)?$`);
const VALUE = /^(?:[+-]?(?:\d+\.?\d*(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?)|[+-]Inf|NaN)$/i;

/**
 * Parses Prometheus' text exposition format (version 0.0.4, what prom-client writes), strictly:
 * any line that is not a comment, a HELP or TYPE line or a well-formed sample throws.
 */
export function parseExposition(text: string): Exposition {
  const types = new Map<string, string>();
  const samples: Sample[] = [];
  text.split('\n').forEach((line, i) => {
    if (line === '') return;
    const type = new RegExp(`^# TYPE (${METRIC_NAME}) (counter|gauge|histogram|summary|untyped)$`).exec(line);
    if (type) return void types.set(type[1], type[2]);
    if (new RegExp(`^# HELP ${METRIC_NAME} `).test(line) || (line.startsWith('#') && !/^# (HELP|TYPE)/.test(line)))
      return;
    const sample = SAMPLE.exec(line);
    const value = sample?.[sample.length - 1];
    if (!sample || !value || !VALUE.test(value))
      throw new Error(`line ${i + 1} is not in the exposition format: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, name, raw] of (sample[2] ?? '').matchAll(new RegExp(LABEL, 'g')))
      labels[name] = raw.replace(/\\(["\\n])/g, (_, c: string) => (c === 'n' ? '\n' : c));
    samples.push({ name: sample[1], labels, value: Number(value.replace(/inf/i, 'Infinity')) });
  });
  return { types, samples };
}

/** The value of the one sample with this name and (at least) these labels; 0 when there is none. */
export function valueOf(exposition: Exposition, name: string, labels: Record<string, string> = {}): number {
  const matching = exposition.samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
  if (matching.length > 1) throw new Error(`${matching.length} samples of ${name} match ${JSON.stringify(labels)}`);
  return matching[0]?.value ?? 0;
}
