#!/bin/sh
# The nio model against a Netty 4.2 NIO server with the same parsing (benchmark only; Netty
# is a test-scope dependency). Everything runs pinned to core 0: on this 2-vCPU VM a
# cross-core wake-up costs ~30 us, more than a fib(1) round trip.
# Usage: bench/nio-vs-netty.sh [ROUNDS] [SECONDS-PER-LOAD]      (default: 5 rounds, 3 s)
set -eu
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath >/dev/null
jdk=$(for d in /usr/lib/jvm/*; do [ -h "$d" ] || [ ! -r "$d/release" ] || sed -n "s|^JAVA_VERSION=\"\([0-9]*\).*|\1 $d|p" "$d/release" 2>/dev/null; done | sort -n | tail -n 1 | cut -d' ' -f2)
exec taskset -c 0 "$jdk/bin/java" -XX:-UsePerfData \
    -cp "demos/target/test-classes:demos/target/classes:$(cat demos/target/test.classpath)" \
    dev.concdemo.demos.io.bench.NioVsNetty "$@"
