// Loads the workload's CSV files into DuckDB, computes the four benchmark reports with the
// definitions of docs/metrics.md, times load and compute, and compares every cell with
// tenure-cli's JSON output of the same reports.
//
//   node crosscheck.mjs CSV_DIR TENURE_JSON_DIR
//
// TENURE_JSON_DIR holds churn.json, cohorts.json, support.json and nps.json from
// `tenure-cli report … --format json` on a store imported from CSV_DIR (time zone UTC).
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [csvDir, jsonDir] = process.argv.slice(2);
const now = () => Number(process.hrtime.bigint()) / 1e9;
const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
const rows = async (sql) => (await db.runAndReadAll(sql)).getRowObjects();

let t = now();
await db.run(`SET TimeZone = 'UTC'`);
await db.run(`CREATE TABLE customers AS SELECT customer_id, signup_date::DATE AS signup, churn_date::DATE AS churn
              FROM read_csv('${join(csvDir, 'customers.csv')}', header = true, all_varchar = true)`);
await db.run(`CREATE TABLE subscriptions AS SELECT customer_id, started_at::DATE AS start, ended_at::DATE AS stop
              FROM read_csv('${join(csvDir, 'subscriptions.csv')}', header = true, all_varchar = true)`);
await db.run(`CREATE TABLE events AS SELECT customer_id, occurred_at::TIMESTAMPTZ AS ts
              FROM read_csv('${join(csvDir, 'events.csv')}', header = true, all_varchar = true)`);
await db.run(`CREATE TABLE tickets AS SELECT channel, created_at::TIMESTAMPTZ AS created,
              first_response_at::TIMESTAMPTZ AS answered, resolved_at::TIMESTAMPTZ AS resolved, contacts::INT AS contacts
              FROM read_csv('${join(csvDir, 'tickets.csv')}', header = true, all_varchar = true)`);
await db.run(`CREATE TABLE nps AS SELECT responded_at::TIMESTAMPTZ AS ts, score::INT AS score
              FROM read_csv('${join(csvDir, 'nps.csv')}', header = true, all_varchar = true)`);
const load = now() - t;

t = now();
// Churn by month, per customer (metrics.md): a customer's spans of service are its subscription
// rows (an open one ends on the customer's churn date, if any, after its start), or its signup
// and churn dates when it has none; overlapping or back-to-back spans merge into islands. At
// start: active on the day before the month; at end: active on its last day; lost: at start
// and not at end; new: an island starts in the month and the customer was not there at start.
const split = {};
let mark = now();
const lap = (name) => { const n = now(); split[name] = n - mark; mark = n; };
const churn = await rows(`
  WITH spans AS (
    SELECT s.customer_id, s.start,
      CASE WHEN s.stop IS NULL AND c.churn >= s.start THEN c.churn ELSE s.stop END AS stop
    FROM subscriptions s JOIN customers c USING (customer_id)
    UNION ALL
    SELECT customer_id, signup, churn FROM customers c WHERE signup IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM subscriptions s WHERE s.customer_id = c.customer_id)),
  marked AS (
    SELECT *, CASE WHEN start > max(coalesce(stop, DATE '9999-12-31')) OVER (
        PARTITION BY customer_id ORDER BY start, stop ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
      THEN 1 ELSE 0 END AS fresh
    FROM spans WHERE stop IS NULL OR stop >= start),
  numbered AS (
    SELECT *, sum(fresh) OVER (PARTITION BY customer_id ORDER BY start, stop ROWS UNBOUNDED PRECEDING) AS island
    FROM marked),
  islands AS (
    SELECT customer_id, min(start) AS start,
      CASE WHEN bool_or(stop IS NULL) THEN NULL ELSE max(stop) END AS stop
    FROM numbered GROUP BY customer_id, island),
  months AS (
    SELECT m::DATE AS s, (m + INTERVAL 1 MONTH)::DATE AS e FROM range(
      (SELECT date_trunc('month', min(start)) FROM islands),
      (SELECT date_trunc('month', greatest(max(start), max(stop))) FROM islands) + INTERVAL 1 MONTH,
      INTERVAL 1 MONTH) t(m)),
  flags AS (
    SELECT m.s, i.customer_id,
      bool_or(i.start < m.s AND (i.stop IS NULL OR i.stop >= m.s)) AS at_start,
      bool_or(i.start < m.e AND (i.stop IS NULL OR i.stop >= m.e)) AS at_end,
      bool_or(i.start >= m.s AND i.start < m.e) AS started
    FROM months m JOIN islands i ON i.start < m.e AND (i.stop IS NULL OR i.stop >= m.s)
    GROUP BY ALL)
  SELECT strftime(s, '%Y-%m') AS period,
    count(*) FILTER (WHERE at_start) AS customers_at_start,
    count(*) FILTER (WHERE at_start AND NOT at_end) AS lost,
    count(*) FILTER (WHERE started AND NOT at_start) AS new,
    count(*) FILTER (WHERE at_end) AS customers_at_end
  FROM flags GROUP BY s ORDER BY s`);
// Cohorts: signup month × month offset, activity = at least one event in the month.
lap('churn');
const cohorts = await rows(`
  SELECT strftime(date_trunc('month', c.signup), '%Y-%m') AS cohort,
    date_diff('month', date_trunc('month', c.signup), date_trunc('month', e.ts::DATE)) AS "offset",
    count(DISTINCT c.customer_id) AS active
  FROM customers c JOIN events e USING (customer_id)
  WHERE e.ts::DATE >= date_trunc('month', c.signup)
  GROUP BY ALL`);
const sizes = await rows(`SELECT strftime(date_trunc('month', signup), '%Y-%m') AS cohort, count(*) AS size
                          FROM customers WHERE signup IS NOT NULL GROUP BY ALL`);
// Support by month × channel.
lap('cohorts');
const support = await rows(`
  WITH latest AS (SELECT max(created) AS a FROM tickets)
  SELECT strftime(created, '%Y-%m') AS period, channel, count(*) AS tickets,
    count(answered) FILTER (WHERE answered >= created) AS answered,
    quantile_cont(epoch(answered) - epoch(created), 0.5) FILTER (WHERE answered >= created) AS frt_median_s,
    100.0 * count(*) FILTER (WHERE created <= a - INTERVAL 24 HOUR AND answered >= created
                                   AND epoch(answered) - epoch(created) <= 86400)
      / nullif(count(*) FILTER (WHERE created <= a - INTERVAL 24 HOUR), 0) AS resp24_pct,
    100.0 * count(*) FILTER (WHERE resolved >= created AND contacts <= 1)
      / nullif(count(*) FILTER (WHERE resolved >= created AND contacts IS NOT NULL), 0) AS fcr_pct
  FROM tickets, latest GROUP BY ALL`);
lap('support');
const nps = await rows(`
  SELECT strftime(ts, '%Y-%m') AS period, count(*) AS responses,
    100.0 * (count(*) FILTER (WHERE score >= 9) - count(*) FILTER (WHERE score <= 6)) / count(*) AS nps
  FROM nps GROUP BY ALL`);
lap('nps');
const compute = now() - t;

// Cell by cell.
let cells = 0;
const problems = [];
const num = (v) => (v === null || v === undefined ? null : Number(v));
const same = (a, b) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a)));
function compare(name, ours, theirs, key, fields) {
  const index = new Map(theirs.map((r) => [key(r), r]));
  for (const row of ours) {
    const other = index.get(key(row));
    for (const f of fields) {
      cells++;
      const a = num(row[f]);
      const b = other ? num(other[f]) : f === 'active' ? 0 : null;
      if (!same(a, b)) problems.push(`${name} ${key(row)} ${f}: tenure ${a}, duckdb ${b}`);
    }
  }
}
const ours = (name) => JSON.parse(readFileSync(join(jsonDir, `${name}.json`), 'utf8')).rows;
compare('churn', ours('churn'), churn, (r) => r.period, ['customers_at_start', 'lost', 'new', 'customers_at_end']);
const sizeOf = new Map(sizes.map((r) => [r.cohort, num(r.size)]));
compare('cohorts', ours('cohorts'), cohorts, (r) => `${r.cohort}+${r.offset}`, ['active']);
for (const r of ours('cohorts')) {
  cells++;
  if (sizeOf.get(r.cohort) !== r.size) problems.push(`cohorts ${r.cohort} size: tenure ${r.size}, duckdb ${sizeOf.get(r.cohort)}`);
}
compare('support', ours('support'), support, (r) => `${r.period}/${r.channel}`,
        ['tickets', 'answered', 'frt_median_s', 'resp24_pct', 'fcr_pct']);
compare('nps', ours('nps'), nps, (r) => r.period, ['responses', 'nps']);

console.log(`duckdb load ${load.toFixed(2)} s, compute ${compute.toFixed(2)} s (` +
  Object.entries(split).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ') + ')');
console.log(`${cells} cells compared, ${problems.length} differ`);
for (const p of problems.slice(0, 20)) console.log('  ' + p);
process.exit(problems.length ? 1 : 0);
