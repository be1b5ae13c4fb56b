#!/bin/sh
# Yardsticks for the nio model and for bench, all pinned to core 0 (on this 2-vCPU VM a
# cross-core wake-up costs ~30 us, more than a fib(1) round trip), rounds interleaved:
#   floor  the C epoll server (bench/c/epollfib.c), loaded by the C lockstep client: what the
#          kernel allows for a loopback round trip;
#   nio    concdemo's nio model, loaded by the same C client: nio / floor;
#   bench  concdemo's own bench (Java) against the same nio server: bench / C client.
# One connection, fib(1). Usage: bench/floor.sh [ROUNDS] [SECONDS]   (default: 5 rounds, 3 s)
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-5}
secs=${2:-3}
out=target/bench
mkdir -p "$out"
gcc -O2 -o "$out/lockstep" bench/c/lockstep.c
gcc -O2 -o "$out/epollfib" bench/c/epollfib.c
floor_port=25401
nio_port=25402
taskset -c 0 "$out/epollfib" $floor_port &
floor=$!
taskset -c 0 ./concdemo serve --model nio --port $nio_port --quiet >/dev/null 2>&1 &
nio=$!
trap 'kill $floor $nio 2>/dev/null || true; wait 2>/dev/null || true' EXIT INT TERM
for _ in $(seq 50); do # the JVM's start
    if "$out/lockstep" $nio_port 0.01 >/dev/null 2>&1; then break; fi
    sleep 0.2
done
"$out/lockstep" $floor_port 1 >/dev/null # warm-up, both
"$out/lockstep" $nio_port 2 >/dev/null
rate() { taskset -c 0 "$out/lockstep" "$1" "$secs" | cut -d' ' -f2; }
results=""
for r in $(seq "$rounds"); do
    f=$(rate $floor_port)
    n=$(rate $nio_port)
    b=$(taskset -c 0 ./concdemo bench rps --port $nio_port --duration "$secs" --json 2>/dev/null \
        | sed -n 's/.*"requestsPerSecond" : \([0-9.]*\).*/\1/p')
    echo "round $r: floor $f req/s, nio (C client) $n, nio (bench) $b"
    results="$results$f $n $b
"
done
printf '%s' "$results" | python3 -c '
import statistics, sys
rows = [[float(x) for x in line.split()] for line in sys.stdin if line.strip()]
def show(name, values):
    v = sorted(values)
    print(f"{name:24s} median {statistics.median(v):9.2f}   range {v[0]:.2f} to {v[-1]:.2f}")
show("floor req/s", [r[0] for r in rows])
show("nio req/s (C client)", [r[1] for r in rows])
show("bench req/s (on nio)", [r[2] for r in rows])
show("nio / floor", [r[1] / r[0] for r in rows])
show("bench / C client", [r[2] / r[1] for r in rows])
'
