#!/bin/sh
# How fast a fresh JVM server gets up to speed, pinned to core 0 with its client: concdemo's
# nio model, then the Netty 4.2 peer (NIO transport, Java 25 defaults), each started anew and
# loaded by the C lockstep client over 8 connections, one rate per second. Both run from their
# jar or class path without an AOT cache (whose profiles would speed ours). On one core the JIT
# compiles in the time the server and client would use; Netty has far more code to compile.
# This is why bench/nio-vs-netty.sh (retired at the commit that added this script), which
# started both servers afresh each round and measured after a 1 s warm-up, put nio 1.9-3x
# ahead of Netty.
# Usage: bench/warmup.sh [SECONDS]   (default: 20)
set -eu
cd "$(dirname "$0")/.."
secs=${1:-20}
out=target/bench
mkdir -p "$out"
gcc -O2 -o "$out/lockstep" bench/c/lockstep.c
./concdemo --version >/dev/null # builds app/target/concdemo.jar if the sources changed
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test.classpath -pl demos >/dev/null
jdk=$(for d in /usr/lib/jvm/*; do [ -h "$d" ] || [ ! -r "$d/release" ] || sed -n "s|^JAVA_VERSION=\"\([0-9]*\).*|\1 $d|p" "$d/release" 2>/dev/null; done | sort -n | tail -n 1 | cut -d' ' -f2)
tcp="demos/target/test-classes:demos/target/classes:$(cat demos/target/test.classpath)"
flags="-XX:-UsePerfData -XX:MaxRecursiveInlineLevel=4 --enable-native-access=ALL-UNNAMED"
port=25441
for who in nio netty; do
    if [ "$who" = nio ]; then
        # shellcheck disable=SC2086
        taskset -c 0 "$jdk/bin/java" $flags -jar app/target/concdemo.jar serve --model nio --port $port \
            --quiet >/dev/null 2>&1 &
    else
        # shellcheck disable=SC2086
        taskset -c 0 "$jdk/bin/java" $flags -cp "$tcp" dev.concdemo.demos.io.fib.server.NettyMain $port nio \
            >/dev/null 2>&1 &
    fi
    server=$!
    trap 'kill $server 2>/dev/null || true' EXIT INT TERM
    for _ in $(seq 100); do
        if "$out/lockstep" $port 0.01 >/dev/null 2>&1; then break; fi
        sleep 0.1
    done
    line=""
    for _ in $(seq "$secs"); do
        line="$line $(taskset -c 0 "$out/lockstep" $port 1 1 8 | cut -d' ' -f2)"
    done
    printf '%-6s req/s, second by second:%s\n' "$who" "$line"
    kill $server
    wait $server 2>/dev/null || true
done
