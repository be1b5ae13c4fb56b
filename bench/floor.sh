#!/bin/sh
# Yardsticks for the nio model and for bench, all pinned to core 0 (on this 2-vCPU VM a
# cross-core wake-up costs ~30 us, more than a fib(1) round trip), rounds interleaved:
#   floor  the C epoll server (bench/c/epollfib.c), loaded by the C lockstep client: what the
#          kernel allows for a loopback round trip;
#   nio    concdemo's nio model, loaded by the same C client: nio / floor;
#   bench  concdemo's own bench (Java) against the same nio server: bench / C client;
#   netty  Netty 4.2 servers with the same parsing and answers, its NIO transport and its
#          native epoll one (test scope, run from the test class path), loaded by the C client.
# One connection, fib(1). Usage: bench/floor.sh [ROUNDS] [SECONDS]   (default: 5 rounds, 3 s)
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-5}
secs=${2:-3}
out=target/bench
mkdir -p "$out"
gcc -O2 -o "$out/lockstep" bench/c/lockstep.c
gcc -O2 -o "$out/epollfib" bench/c/epollfib.c
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test.classpath -pl demos >/dev/null
jdk=$(for d in /usr/lib/jvm/*; do [ -h "$d" ] || [ ! -r "$d/release" ] || sed -n "s|^JAVA_VERSION=\"\([0-9]*\).*|\1 $d|p" "$d/release" 2>/dev/null; done | sort -n | tail -n 1 | cut -d' ' -f2)
tcp="demos/target/test-classes:demos/target/classes:$(cat demos/target/test.classpath)"
floor_port=25401
nio_port=25402
netty_nio_port=25403
netty_epoll_port=25404
taskset -c 0 "$out/epollfib" $floor_port &
floor=$!
taskset -c 0 ./concdemo serve --model nio --port $nio_port --quiet >/dev/null 2>&1 &
nio=$!
taskset -c 0 "$jdk/bin/java" -XX:-UsePerfData -cp "$tcp" dev.concdemo.demos.io.fib.server.NettyMain \
    $netty_nio_port nio >/dev/null 2>&1 &
netty_nio=$!
taskset -c 0 "$jdk/bin/java" -XX:-UsePerfData -cp "$tcp" dev.concdemo.demos.io.fib.server.NettyMain \
    $netty_epoll_port epoll >/dev/null 2>&1 &
netty_epoll=$!
trap 'kill $floor $nio $netty_nio $netty_epoll 2>/dev/null || true; wait 2>/dev/null || true' EXIT INT TERM
for port in $nio_port $netty_nio_port $netty_epoll_port; do # the JVMs' start
    for _ in $(seq 50); do
        if "$out/lockstep" $port 0.01 >/dev/null 2>&1; then break; fi
        sleep 0.2
    done
done
"$out/lockstep" $floor_port 1 >/dev/null # warm-up, every server
for port in $nio_port $netty_nio_port $netty_epoll_port; do "$out/lockstep" $port 2 >/dev/null; done
rate() { taskset -c 0 "$out/lockstep" "$1" "$secs" | cut -d' ' -f2; }
results=""
for r in $(seq "$rounds"); do
    f=$(rate $floor_port)
    n=$(rate $nio_port)
    b=$(taskset -c 0 ./concdemo bench rps --port $nio_port --duration "$secs" --json 2>/dev/null \
        | sed -n 's/.*"requestsPerSecond" : \([0-9.]*\).*/\1/p')
    nn=$(rate $netty_nio_port)
    ne=$(rate $netty_epoll_port)
    echo "round $r: floor $f req/s, nio (C client) $n, nio (bench) $b, netty nio $nn, netty epoll $ne"
    results="$results$f $n $b $nn $ne
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
show("netty nio req/s", [r[3] for r in rows])
show("netty epoll req/s", [r[4] for r in rows])
show("nio / floor", [r[1] / r[0] for r in rows])
show("bench / C client", [r[2] / r[1] for r in rows])
show("nio / netty nio", [r[1] / r[3] for r in rows])
show("nio / netty epoll", [r[1] / r[4] for r in rows])
'
