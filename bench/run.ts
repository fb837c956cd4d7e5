// `npm run bench`: timing suites on the embedded database (a fresh temporary directory) or on DATABASE_URL's
// server (a temporary database). Results are printed and prepended to docs/benchmarks.md. Never part of `npm test`.
//   BENCH_SUITE        all (default) | foundation | registry | reporting
//   BENCH_ITERATIONS   foundation: iterations per request (default 300)
//   BENCH_ORGS         registry: synthetic NGOs (default 200000; e.g. 20000 for a quick run)
//   BENCH_ROUNDS       registry: rounds over the query mix (default 5); BENCH_MAX_MINUTES stops earlier (default 35)
//   BENCH_DATA_DIR / BENCH_DATABASE   registry: reuse and keep this PGlite directory / PostgreSQL database
//   BENCH_ITERATIONS_REPORTING  reporting: timed runs per measurement (default 20)
//   BENCH_WRITE=false  print only, leave docs/benchmarks.md alone (trial runs)
import { prependToReport } from './bench-support';
import { runFoundationBench } from './foundation';
import { runRegistrySearchBench } from './registry-search';
import { runReportingBench } from './reporting';

const suite = process.env.BENCH_SUITE ?? 'all';
if (!['all', 'foundation', 'registry', 'reporting'].includes(suite)) {
  console.error('BENCH_SUITE must be all, foundation, registry or reporting.');
  process.exit(2);
}
const url = process.env.DATABASE_URL || undefined;
const sections: string[] = [];
if (suite === 'all' || suite === 'reporting') sections.push(...(await runReportingBench(url)));
if (suite === 'all' || suite === 'registry') sections.push(...(await runRegistrySearchBench(url)));
if (suite === 'all' || suite === 'foundation') sections.push(...(await runFoundationBench(url)));
console.log(sections.join('\n'));
if (process.env.BENCH_WRITE !== 'false') prependToReport(sections);
