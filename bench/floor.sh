#!/bin/sh
# Yardsticks for the nio model and for bench, all pinned to core 0 (on this 2-vCPU VM a
# cross-core wake-up costs ~30 us, more than a fib(1) round trip), rounds interleaved:
#   floor        the C epoll server (bench/c/epollfib.c): what the kernel allows for a
#                loopback round trip;
#   nio          concdemo's nio model (./concdemo serve --model nio);
#   netty-nio    Netty 4.2 on its NIO transport, and
#   netty-epoll  on its native epoll transport (JNI): one event-loop thread each, the same
#                parsing and answers as ours (NettyFibServer, test scope), started as Netty's
#                Java 24+ page says for speed (--sun-misc-unsafe-memory-access=allow: with
#                Unsafe off, its Java 25 default, it copies and frees buffers the slow way);
#   netty-plain  Netty NIO at its Java 25 defaults, to show what that flag is worth;
# each loaded by the C lockstep client (bench/c/lockstep.c) over 1 and over 8 connections,
# one request in flight on each; and concdemo's own bench (Java) on nio, 1 connection.
# fib(1). Every JVM gets the launcher's flags (-XX:-UsePerfData -XX:MaxRecursiveInlineLevel=4).
# Netty's code is large and, pinned to one core, C2 compiles it slowly: every server is
# loaded for WARM seconds before the first round (default 20).
# Usage: bench/floor.sh [ROUNDS] [SECONDS] [WARM]   (default: 5 rounds, 3 s a load, 20 s warm)
set -eu
cd "$(dirname "$0")/.."
rounds=${1:-5}
secs=${2:-3}
warm=${3:-20}
out=target/bench
mkdir -p "$out"
gcc -O2 -o "$out/lockstep" bench/c/lockstep.c
gcc -O2 -o "$out/epollfib" bench/c/epollfib.c
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test.classpath -pl demos >/dev/null
jdk=$(for d in /usr/lib/jvm/*; do [ -h "$d" ] || [ ! -r "$d/release" ] || sed -n "s|^JAVA_VERSION=\"\([0-9]*\).*|\1 $d|p" "$d/release" 2>/dev/null; done | sort -n | tail -n 1 | cut -d' ' -f2)
tcp="demos/target/test-classes:demos/target/classes:$(cat demos/target/test.classpath)"
flags="-XX:-UsePerfData -XX:MaxRecursiveInlineLevel=4 --enable-native-access=ALL-UNNAMED"
netty() { # PORT TRANSPORT [JVM FLAGS...]
    port=$1 transport=$2
    shift 2
    # shellcheck disable=SC2086
    taskset -c 0 "$jdk/bin/java" $flags "$@" -cp "$tcp" dev.concdemo.demos.io.fib.server.NettyMain \
        "$port" "$transport" >/dev/null 2>&1 &
}
names="floor nio netty-nio netty-epoll netty-plain"
ports="25401 25402 25403 25404 25405"
taskset -c 0 "$out/epollfib" 25401 &
pids=$!
taskset -c 0 ./concdemo serve --model nio --port 25402 --quiet >/dev/null 2>&1 &
pids="$pids $!"
netty 25403 nio --sun-misc-unsafe-memory-access=allow
pids="$pids $!"
netty 25404 epoll --sun-misc-unsafe-memory-access=allow
pids="$pids $!"
netty 25405 nio
pids="$pids $!"
# shellcheck disable=SC2086
trap 'kill $pids 2>/dev/null || true; wait 2>/dev/null || true' EXIT INT TERM
for port in $ports; do # the JVMs' start
    for _ in $(seq 50); do
        if "$out/lockstep" "$port" 0.01 >/dev/null 2>&1; then break; fi
        sleep 0.2
    done
done
echo "warming each server up for $warm s at 1 connection, then 2 s at 8..."
for port in $ports; do
    taskset -c 0 "$out/lockstep" "$port" "$warm" 1 1 >/dev/null
    taskset -c 0 "$out/lockstep" "$port" 2 1 8 >/dev/null
done
rate() { taskset -c 0 "$out/lockstep" "$1" "$secs" 1 "$2" | cut -d' ' -f2; }
rows=""
for r in $(seq "$rounds"); do
    line=""
    for conns in 1 8; do
        for port in $ports; do
            line="$line $(rate "$port" $conns)"
        done
    done
    b=$(taskset -c 0 ./concdemo bench rps --port 25402 --duration "$secs" --json 2>/dev/null \
        | sed -n 's/.*"requestsPerSecond" : \([0-9.]*\).*/\1/p')
    echo "round $r ($names at 1, then at 8 connections; bench):$line $b"
    rows="$rows$line $b
"
done
printf '%s' "$rows" | NAMES="$names" python3 -c '
import os, statistics, sys
names = os.environ["NAMES"].split()
rows = [[float(x) for x in line.split()] for line in sys.stdin if line.strip()]
k = len(names)
def col(conns, name):
    return [r[(0 if conns == 1 else k) + names.index(name)] for r in rows]
def show(label, values, fmt="{:,.0f}"):
    v = sorted(values)
    print(f"  {label:34s} median {fmt.format(statistics.median(v)):>9s}   range {fmt.format(v[0])} to {fmt.format(v[-1])}")
for conns in (1, 8):
    plural = "s" if conns > 1 else ""
    print(f"{conns} connection{plural}, req/s:")
    for name in names:
        show(name, col(conns, name))
    print(f"{conns} connection{plural}, ratios per round:")
    nio = col(conns, "nio")
    for name in ("floor", "netty-nio", "netty-epoll", "netty-plain"):
        show(f"nio / {name}", [a / b for a, b in zip(nio, col(conns, name))], "{:.2f}")
show("bench req/s (nio, 1 connection)", [r[-1] for r in rows])
show("bench / C client (nio, 1 connection)", [r[-1] / a for r, a in zip(rows, col(1, "nio"))], "{:.2f}")
'
