import { existsSync, readFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { Stats } from './measure';
import { SyncBenchResult } from './sync-bench';

export interface ScenarioResult {
  name: string;
  /** Rows at the top level of the answer. */
  rows: number;
  /** The API and the raw SQL returned the same top-level rows, in the same order. */
  sameRows: boolean;
  api: Record<number, Stats>;
  raw: Record<number, Stats>;
  /** PostGraphile 4 on the same read, measured between the raw SQL and the next API run. */
  peer?: Record<number, Stats>;
  /** The API's answer (to compare runs). */
  body: string;
  /** With fewer shares: the answer was byte for byte the one with all shares. */
  sameAnswer?: boolean;
}

export interface ScaleReport {
  date: string;
  postgres: string;
  size: Record<string, number>;
  seconds: number;
  results: ScenarioResult[];
  fewShares: ScenarioResult[];
  /** The same reads with all shares again, after the pass with few. */
  allSharesAgain: ScenarioResult[];
  keptShares: number;
  peakMemoryMb: number;
  sync: SyncBenchResult;
  /** JSON lines of the explain-queries CLI (`{"explain": {label, sql, parameters, plan}}`). */
  plans: string[];
}

/** Hand-written analysis below this marker survives a re-run. */
const ANALYSIS_MARKER = '<!-- analysis: kept across runs -->';

const ms = (n: number) => (Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(2) : n.toFixed(1));
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ratio = (a: number, b: number) => (a / b).toFixed(2);

function readsTable(results: ScenarioResult[]): string[] {
  const lines = [
    '| scenario | rows | c | API p50 | API p95 | API p99 | API req/s | API CPU/req | raw p50 | raw p95 | raw p99 | raw req/s | API/raw p50 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const result of results) {
    for (const c of Object.keys(result.api).map(Number)) {
      const api = result.api[c];
      const raw = result.raw[c];
      lines.push(
        `| ${result.name}${result.sameRows ? '' : ' (rows differ!)'} | ${result.rows} | ${c} | ${ms(api.p50)} | ${ms(api.p95)} | ${ms(api.p99)} | ${int(api.rps)}${api.errors ? ` (${api.errors} errors)` : ''} | ${api.cpuMs === undefined ? '–' : ms(api.cpuMs)} | ${ms(raw.p50)} | ${ms(raw.p95)} | ${ms(raw.p99)} | ${int(raw.rps)} | ${ratio(api.p50, raw.p50)} |`,
      );
    }
  }
  return lines;
}

/** The scenarios PostGraphile also ran: requests per second side by side (API ÷ PostGraphile ≥ 1 is the target). */
function peerTable(results: ScenarioResult[]): string[] {
  const lines = [
    '| scenario | c | API req/s | raw req/s | PostGraphile req/s | API ÷ PostGraphile | API CPU/req | PostGraphile CPU/req | API p50 | PostGraphile p50 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const result of results.filter((r) => r.peer)) {
    for (const c of Object.keys(result.peer!).map(Number)) {
      const [api, raw, peer] = [result.api[c], result.raw[c], result.peer![c]];
      lines.push(
        `| ${result.name} | ${c} | ${int(api.rps)} | ${int(raw.rps)} | ${int(peer.rps)}${peer.errors ? ` (${peer.errors} errors)` : ''} | ${ratio(api.rps, peer.rps)} | ${api.cpuMs === undefined ? '–' : ms(api.cpuMs)} | ${peer.cpuMs === undefined ? '–' : ms(peer.cpuMs)} | ${ms(api.p50)} | ${ms(peer.p50)} |`,
      );
    }
  }
  return lines;
}

/** A read's `stat` with all shares: the mean of the passes before and after the one with few. */
function withAllShares(report: ScaleReport, name: string, c: number, stat: 'p50' | 'p95'): number {
  const passes = [...report.results, ...report.allSharesAgain].filter((r) => r.name === name);
  return passes.reduce((sum, pass) => sum + pass.api[c][stat], 0) / passes.length;
}

export function sharesComparisonRows(report: ScaleReport): string[] {
  return report.fewShares.flatMap((few) =>
    Object.keys(few.api).map((key) => {
      const c = Number(key);
      const [p50, p95] = [withAllShares(report, few.name, c, 'p50'), withAllShares(report, few.name, c, 'p95')];
      const again = report.allSharesAgain.find((r) => r.name === few.name);
      const passes = `${ms(report.results.find((r) => r.name === few.name)!.api[c].p50)}${again ? ` / ${ms(again.api[c].p50)}` : ''}`;
      return `| ${few.name} | ${c} | ${ms(p50)} (${passes}) | ${ms(few.api[c].p50)} | ${ratio(p50, few.api[c].p50)} | ${ms(p95)} | ${ms(few.api[c].p95)} | ${ratio(p95, few.api[c].p95)} | ${few.sameAnswer ? 'yes' : 'NO'} |`;
    }),
  );
}

function find(report: ScaleReport, name: string): ScenarioResult {
  const result = report.results.find((r) => r.name.startsWith(name));
  if (!result) throw new Error(`no scenario ${name}`);
  return result;
}

function targets(report: ScaleReport): string[] {
  const search = find(report, 'search as recipient');
  const lookups = report.results.filter((r) => r.name.startsWith('lookup'));
  const own = find(report, 'lookup own');
  const shared = find(report, 'lookup shared');
  const slowestLookup = Math.min(...lookups.map((r) => r.api[16].rps));
  const ratios = report.results
    .filter((r) => !r.name.startsWith('floor'))
    .flatMap((r) =>
      Object.keys(r.api).map((c) => ({
        name: `${r.name}, c=${c}`,
        value: r.api[Number(c)].p50 / r.raw[Number(c)].p50,
      })),
    );
  const worstRatio = ratios.reduce((a, b) => (b.value > a.value ? b : a));
  const sharesRatios = report.fewShares.map((few) => ({
    name: few.name,
    value: withAllShares(report, few.name, 1, 'p50') / few.api[1].p50,
  }));
  const worstShares = sharesRatios.reduce((a, b) => (b.value > a.value ? b : a), { name: '–', value: 0 });
  const sharedSlower = shared.api[1].p50 / own.api[1].p50 - 1;
  const sharedSlower16 = own.api[16].rps / shared.api[16].rps - 1;
  const row = (target: string, measured: string, met: boolean) =>
    `| ${target} | ${measured} | ${met ? 'met' : '**missed**'} |`;
  return [
    '| target | measured | |',
    '| --- | --- | --- |',
    row('search as recipient: p95 ≤ 50 ms at c=1', `${ms(search.api[1].p95)} ms`, search.api[1].p95 <= 50),
    row(
      'lookups by id: ≥ 1,000 req/s at c=16',
      `${int(slowestLookup)} req/s (slowest of own, shared, hidden)`,
      slowestLookup >= 1000,
    ),
    row(
      'shared reads at most 15% slower than own',
      `p50 at c=1 ${(sharedSlower * 100).toFixed(0)}% slower; throughput at c=16 ${(sharedSlower16 * 100).toFixed(0)}% lower`,
      sharedSlower <= 0.15 && sharedSlower16 <= 0.15,
    ),
    row(
      'API/raw ≤ 3 at p50, every scenario',
      `worst ${worstRatio.value.toFixed(2)} (${worstRatio.name})`,
      worstRatio.value <= 3,
    ),
    row(
      '200,000 shares at most 1.3× 10,000 (p50, c=1)',
      `worst ${worstShares.value.toFixed(2)} (${worstShares.name})`,
      worstShares.value <= 1.3,
    ),
    ...peerTargets(report, row),
    row('API memory < 400 MB', `${int(report.peakMemoryMb)} MB peak resident (VmHWM)`, report.peakMemoryMb < 400),
  ];
}

/** Lookups and pages at least PostGraphile's requests per second, at each concurrency. */
function peerTargets(report: ScaleReport, row: (target: string, measured: string, met: boolean) => string): string[] {
  const ratios = report.results
    .filter((r) => r.peer)
    .flatMap((r) =>
      Object.keys(r.peer!).map((c) => ({
        name: `${r.name}, c=${c}`,
        value: r.api[Number(c)].rps / r.peer![Number(c)].rps,
      })),
    );
  if (ratios.length === 0) return [];
  const worst = ratios.reduce((a, b) => (b.value < a.value ? b : a));
  return [
    row(
      'lookups and pages: API ÷ PostGraphile req/s ≥ 1.0',
      `worst ${worst.value.toFixed(2)} (${worst.name})`,
      worst.value >= 1,
    ),
  ];
}

function plansSection(report: ScaleReport): string[] {
  const explained = report.plans.map(
    (line) => (JSON.parse(line) as { explain: { label: string; sql: string; plan: string } }).explain,
  );
  const lines: string[] = [];
  for (const result of report.results.filter((r) => !r.name.startsWith('floor'))) {
    const statements = explained.filter((e) => e.label === result.name);
    const time = (plan: string) => Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
    lines.push(
      `<details><summary>${result.name}: ${statements.length} statements, ${statements.map((s) => `${ms(time(s.plan))} ms`).join(' + ')}</summary>`,
      '',
    );
    for (const statement of statements) lines.push('```sql', statement.sql, '```', '```', statement.plan, '```', '');
    lines.push('</details>', '');
  }
  return lines;
}

export function writeReport(report: ScaleReport): string {
  const file = resolve(__dirname, '../../bench/results.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const analysis = previous.includes(ANALYSIS_MARKER)
    ? previous.slice(previous.indexOf(ANALYSIS_MARKER))
    : `${ANALYSIS_MARKER}\n`;
  const cpu = cpus();
  return [
    '# Scale benchmark results',
    '',
    `Written by \`npm run bench\` on ${report.date.slice(0, 10)} (${report.date}). Machine: ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ` +
      `${Math.round(totalmem() / 2 ** 30)} GB, Linux ${release()}, Node.js ${process.version}, PostgreSQL ${report.postgres} ` +
      `(shared with the API and the load generator on the same cores). Each measurement: ${report.seconds} s after a warm-up; ` +
      'latencies in ms; the API over loopback with autocannon, `NODE_ENV=production`, `LOG_LEVEL=info`, one process.',
    '',
    '**Data:** ' +
      Object.entries(report.size)
        .map(([name, count]) => `${int(count)} ${name}`)
        .join(', ') +
      '.',
    '',
    '## Targets',
    '',
    ...targets(report),
    '',
    '## Reads: the API next to the same rows by hand-written SQL',
    '',
    'Raw SQL runs through `pg` on the same database: one statement per scenario that returns the same rows (the visibility',
    "predicate written by hand: own rows, standing agreements' rows, rows with an approved share), pages with their warrants",
    'and memberships folded in as JSON. "rows" is what the API answered at the top level; the raw statement read the same ids.',
    '',
    ...readsTable(report.results),
    '',
    '## Next to PostGraphile 4',
    '',
    'PostGraphile 4.9 (`bench/peer.ts`) on the same database in its own process, its schema inferred from the tables and no',
    'authorization at all (it reads every row; the API applies agreements, shares, markings and redaction and writes the audit).',
    'Each scenario ran API, raw SQL, PostGraphile in turn at each concurrency, so drift of the machine hits all three alike.',
    '',
    ...peerTable(report.results),
    '',
    '## Authorization cost and the number of shares',
    '',
    `The reads through shares again with ${int(report.keptShares)} approved shares instead of ${int(report.size['approved shares'])} ` +
      '(the others parked in a side table for the run, those of the records these reads return kept, so the answers must be identical), ' +
      'then once more with all of them: "all shares" is the mean of the passes before and after (each pass in brackets, p50).',
    '',
    '| scenario | c | p50, all shares (passes) | p50, 10,000 | ratio | p95, all shares | p95, 10,000 | ratio | same answer |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...sharesComparisonRows(report),
    '',
    '## Warrant sync',
    '',
    `\`bench/sync-bench.ts\` (also \`npm run bench:sync\`), on a database of its own: ${int(report.sync.warrants)} status updates in batches of ${int(report.sync.batch)}.`,
    '',
    '| GraphQL updates/s | raw SQL updates/s | raw time / GraphQL time |',
    '| ---: | ---: | ---: |',
    `| ${int(report.sync.apiRate)} | ${int(report.sync.rawRate)} | ${ratio(report.sync.apiRate, report.sync.rawRate)} (API/raw time ${ratio(report.sync.apiSeconds, report.sync.rawSeconds)}) |`,
    '',
    '## Query plans',
    '',
    'EXPLAIN (ANALYZE, BUFFERS) of every SELECT the API issued for each scenario, with its parameters (the explain-queries CLI,',
    'after the runs, each operation once on a fresh login, so the session check and the agreements the ability is built from',
    "appear; later requests of a user take both from the per-process cache): the page or lookup with the viewer's active shares",
    'of each row as a JSON column, and the DataLoader batches of nested fields.',
    '',
    ...plansSection(report),
    analysis,
  ].join('\n');
}
