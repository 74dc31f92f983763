#!/usr/bin/env bash
# Runs every benchmark of the project, one after the other, and writes docs/benchmarks.md: the machine, the date, the
# commit, each benchmark's figures as it printed them (ratios against baselines measured in the same run), and the
# issue-20 targets with the figures that answer them. Benchmarks are not tests: nothing here passes or fails on time.
#
# Usage: deploy/bench/run-all.sh [--no-build] [--only name,name] [--skip name,name]
#   (--only none rewrites the document from the sections it has, e.g. after editing docs/benchmark-notes.md)
#   names: startup lifecycle keycloak pipeline accounting banking inventory sales mrp ui kit
# Every benchmark's full log is kept in target/benchmarks/<name>.log. The whole set takes well over an hour on a
# 2-core machine (the accounting, inventory and pipeline ones bulk-load millions of rows); --only picks some.
# Extra Maven flags (e.g. -o for offline) go in MVN_FLAGS.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
out=$root/target/benchmarks
mkdir -p "$out" docs
build=1
only=""
skip=""
while [ $# -gt 0 ]; do
  case $1 in
    --no-build) build=0 ;;
    --only) only=",$2,"; shift ;;
    --skip) skip=",$2,"; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

wanted() { # name
  { [ -z "$only" ] || [[ $only == *",$1,"* ]]; } && [[ $skip != *",$1,"* ]]
}

if [ $build = 1 ]; then
  echo "building (mvn -DskipTests install)…"
  mvn ${MVN_FLAGS:-} -q -DskipTests install > "$out/build.log" 2>&1 || { echo "build failed: $out/build.log" >&2; exit 1; }
fi

started=$(date -u +%Y-%m-%dT%H:%MZ)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
: > "$out/runs.txt"

bench() { # name, anchor (what it measures), module, test class
  local name=$1 what=$2 module=$3 class=$4
  wanted "$name" || return 0
  echo "running $name ($module $class)…"
  local t0; t0=$(date +%s)
  # a plugin's benchmark is an integration test (failsafe, the plugin loaded from its jar); elsewhere surefire runs it
  local select
  case $module in
    plugins/*) select="-Dit.test=$class -Dtest=NoUnitTestsDuringBenchmarks" ;;
    *) select="-Dtest=$class" ;;
  esac
  mvn ${MVN_FLAGS:-} -pl "$module" -Pbench verify $select -Dsurefire.failIfNoSpecifiedTests=false \
      -Dfailsafe.failIfNoSpecifiedTests=false > "$out/$name.log" 2>&1
  local rc=$?
  echo "$name|$what|mvn -pl $module -Pbench verify $select|$rc|$(( $(date +%s) - t0 ))" >> "$out/runs.txt"
}

if wanted startup; then
  echo "running startup…"
  t0=$(date +%s)
  mvn ${MVN_FLAGS:-} -q -pl deploy/server -am -DskipTests package > "$out/startup-build.log" 2>&1
  deploy/bench/startup.sh 3 > "$out/startup.log" 2>&1
  echo "startup|startup time and idle memory, every plugin|deploy/bench/startup.sh 3|$?|$(( $(date +%s) - t0 ))" >> "$out/runs.txt"
fi
bench lifecycle  "provisioning, module enable, list latency"                 tenants             LifecycleBenchmark
bench keycloak   "JWT vs Basic vs API key, token endpoint"                   tenants             KeycloakBenchmark
bench pipeline   "request fixed cost; opportunities list at 1M rows vs JDBC" plugins/pipeline    OpportunityListBenchmark
bench accounting "ledger posting vs JDBC, trial balance, SQL per invoice"     plugins/accounting  AccountingBenchmark
bench banking    "statement import vs JDBC, reconciliation suggestions"      plugins/accounting  BankingBenchmark
bench inventory  "validation vs JDBC, availability at scale, contention"     plugins/inventory   InventoryBenchmark
bench sales      "statements per order, confirmation throughput"             plugins/sales       SalesBenchmark
bench mrp        "MRP run time"                                              plugins/mrp         MrpRunBenchmark
bench ui         "UI page load (Chromium), heap per UI session"              ui/app              UiBenchmark
bench kit        "UI kit components: retained heap, render time"             ui/kit              KitBenchmark

python3 - "$out" "$started" "$load_before" "$(git rev-parse --short HEAD)" <<'PY'
import os, re, subprocess, sys, platform
out, started, load_before, commit = sys.argv[1:5]

def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=20).stdout.strip()
    except Exception as e:
        return f"? ({e})"

LOG = re.compile(r'^(\d{4}-\d\d-\d\d[T ]\d\d:\d\d|\[(INFO|WARNING|ERROR|DEBUG)\]|\x1b\[|NOTE: Picked up|SLF4J|WARNING:|\s+at |Caused by|OpenJDK|Mockito'
                 # the kernel's start-up banner
                 r'|=+$|https?://|  (Tessera is ready|URL:|Operator sign-in:|Data:|Modules:))')
def figures(text):
    lines, inside = [], False
    for line in text.splitlines():
        if re.search(r'Running .*(Benchmark)', line):
            inside = True
            continue
        if inside and re.search(r'Tests run:', line):
            inside = False
        if inside and line.strip() and not LOG.match(line) and 'Benchmark' not in line[:40]:
            lines.append(line.rstrip())
    return lines

runs = []
for row in open(os.path.join(out, 'runs.txt')):
    name, what, cmd, rc, secs = row.rstrip('\n').split('|')
    path = os.path.join(out, name + '.log')
    text = open(path, errors='replace').read() if os.path.exists(path) else ''
    lines = [l for l in text.splitlines() if ' run ' in l] if name == 'startup' else figures(text)
    status = 'finished' if int(rc) == 0 else f'FAILED (exit {rc}, see target/benchmarks/{name}.log)'
    runs.append((name, [f'### {name}: {what}', '',
                        f'Run {started} (commit `{commit}`): `{cmd}` — {status} in {int(secs) // 60} min {int(secs) % 60} s',
                        '', '```'] + (lines or ['(no figures printed)']) + ['```']))

# benchmarks not run this time keep their section (and its own date) from the previous document
kept = {}
if os.path.exists('docs/benchmarks.md'):
    for m in re.finditer(r'<!-- bench:(\w+) -->\n(.*?)\n<!-- /bench:\1 -->', open('docs/benchmarks.md').read(), re.S):
        kept[m.group(1)] = m.group(2).splitlines()
sections = dict(kept)
sections.update({name: block for name, block in runs})
order = ['startup', 'lifecycle', 'keycloak', 'pipeline', 'accounting', 'banking', 'inventory', 'sales', 'mrp', 'ui', 'kit']
allfig = '\n'.join(l for block in sections.values() for l in block)
def find(pattern, fmt=lambda m: m.group(0)):
    m = re.search(pattern, allfig)
    return fmt(m) if m else 'not run'

targets = [
    ('Fixed cost of a trivial authenticated request (`GET /pipeline/pipelines`), p50', '≤ 0.8 ms',
     find(r'GET pipelines \(per-request fixed cost\).*?p50=\s*([\d.]+) ms', lambda m: m.group(1) + ' ms')),
    ('`GET opportunities?stageId&size=50` (1M rows, 1,000 tenants), p50 vs plain JDBC page + count', '≤ 4×',
     find(r'ratio HTTP/JDBC: p50 ([\d.]+x), p99 ([\d.]+x)', lambda m: f'{m.group(1)} (p99 {m.group(2)})')),
    ('Same list, 4 clients', '≥ 1,500 req/s',
     find(r'throughput with 4 clients: HTTP (\d+) req/s, JDBC (\d+)', lambda m: f'{m.group(1)} req/s (JDBC {m.group(2)}/s)')),
    ('Journal posting via the API vs plain JDBC', '≥ 1,000 entries/s, ≥ 0.5–0.6 of JDBC',
     find(r'posting .*?API\s+([\d.]+) entries/s.*?API/JDBC ([\d.]+)', lambda m: f'{m.group(1)}/s, {m.group(2)} of JDBC (first row)')),
    ('Trial balance over 1M journal lines (HTTP), median', '< 50 ms',
     find(r'trial balance over ([\d,]+) lines.*?median (\d+) ms', lambda m: f'{m.group(2)} ms over {m.group(1)} lines')),
    ('Server heap retained per signed-in UI session (20 sessions)', '< 150 KiB',
     find(r'retained per signed-in UI session.*?: ([\d.]+) KiB', lambda m: m.group(1) + ' KiB')),
    ('Dashboard rendered, warm (median of 10) / sign-in page', '< 300 ms / < 200 ms',
     find(r'dashboard, warm \(median of \d+\): \d+ / (\d+)', lambda m: m.group(1) + ' ms') + ' / ' +
     find(r'sign-in page, warm \(median of \d+\): \d+ / (\d+)', lambda m: m.group(1) + ' ms')),
    ('Startup with every plugin / idle RSS (PostgreSQL)', '< 8 s / < 350 MB',
     find(r'postgresql run \d+: started in ([\d.]+)s, idle RSS (\d+) MB', lambda m: f'{m.group(1)} s / {m.group(2)} MB (first run)')),
]

machine = [
    ('CPU', sh("lscpu | sed -n 's/^Model name:[[:space:]]*//p'") + f" — {os.cpu_count()} cores"),
    ('Memory', sh("awk '/MemTotal/ {printf \"%.0f GB\", $2/1048576}' /proc/meminfo")),
    ('OS', platform.platform()),
    ('JDK', sh("ls -d /usr/lib/jvm/*25* | head -1")),
    ('PostgreSQL', sh("psql -h 127.0.0.1 -U postgres -Atc 'show server_version' 2>/dev/null")),
    ('Load average at start / end of the last run', f"{load_before} / {' '.join(open('/proc/loadavg').read().split()[:3])}"),
]

md = ['# Benchmarks', '',
      f'Written by `deploy/bench/run-all.sh`, last on {started} (commit `{commit}`); each section below says which run',
      'it comes from (a benchmark left out of a run keeps its previous section). Benchmarks are not tests: they print',
      'figures, and each compares with a baseline it measures in the same run (plain JDBC, a cold page, …). A shared',
      'machine makes absolute times noisy: read the ratios first.', '', '## Machine (last run)', '',
      '| | |', '|---|---|'] + [f'| {k} | {v} |' for k, v in machine] + ['',
      '## Targets (issue 20)', '', '| What | Target | Measured (see the section for its run) |', '|---|---|---|'] + \
     [f'| {w} | {t} | {m} |' for w, t, m in targets] + ['', '## Every benchmark', '']
for name in sorted(sections, key=lambda n: order.index(n) if n in order else len(order)):
    md += [f'<!-- bench:{name} -->'] + sections[name] + [f'<!-- /bench:{name} -->', '']
if os.path.exists('docs/benchmark-notes.md'):
    md += ['## Notes', '', '(kept in docs/benchmark-notes.md, written by hand: profiles, before/after comparisons across runs)', '',
           open('docs/benchmark-notes.md').read().strip(), '']
open('docs/benchmarks.md.new', 'w').write('\n'.join(md) + '\n')
PY
mv docs/benchmarks.md.new docs/benchmarks.md
echo "wrote docs/benchmarks.md"
