# Shared by scripts/two-nodes, scripts/load-test and scripts/measure-load (sourced, not run): the JDK, the jar, the
# load driver's classes, and starting, probing and stopping Rapport nodes on PostgreSQL.
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
MVN_LOCK=${MVN_LOCK:-/tmp/rapport-mvn.lock}

# A JDK 21 or newer: JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
find_java() {
    local candidate
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
        [[ -x "$candidate/bin/java" ]] || continue
        if "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
            export JAVA_HOME=$candidate PATH=$candidate/bin:$PATH
            return 0
        fi
    done
    echo "error: no JDK 21+ found (set JAVA_HOME)" >&2
    return 1
}

# target/rapport.jar, built (without tests) when missing.
ensure_jar() {
    if [[ ! -f "$ROOT/target/rapport.jar" ]]; then
        echo "Building target/rapport.jar ..."
        (cd "$ROOT" && flock "$MVN_LOCK" ./mvnw -B -q package -DskipTests)
    fi
}

# The load driver's classes and the test classpath (target/cp.txt), compiled when missing or asked (BUILD=1).
ensure_driver() {
    if [[ "${BUILD:-0}" == 1 || ! -f "$ROOT/target/cp.txt" || ! -f "$ROOT/target/test-classes/com/rapport/load/LoadTest.class" ]]; then
        echo "Compiling the load driver ..."
        (cd "$ROOT" && flock "$MVN_LOCK" ./mvnw -B -q test-compile dependency:build-classpath \
            -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test)
    fi
}

driver() {
    exec java -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$ROOT/target/cp.txt")" com.rapport.load.LoadTest "$@"
}

# start_node NAME PORT DATABASE: starts one node in the background on PostgreSQL; sets NODE_PID, logs to $WORK/NAME.log.
start_node() {
    local name=$1 port=$2 db=$3
    mkdir -p "$WORK/data-$name"
    (cd "$ROOT" && RAPPORT_DB_NAME=$db RAPPORT_DB_HOST=$PGHOST RAPPORT_DB_PORT=$PGPORT RAPPORT_DB_USER=$PGUSER \
        exec java --enable-native-access=ALL-UNNAMED ${NODE_JAVA_OPTS:--Xmx768m} -jar target/rapport.jar \
        --spring.profiles.active=postgres --server.port="$port" --rapport.data-dir="$WORK/data-$name" \
        >"$WORK/$name.log" 2>&1 9>&-) &
    NODE_PID=$!
}

# Seconds of CPU (user + system) a process has used.
cpu_seconds() {
    awk '{ split($0, a, ") "); split(a[2], f, " "); printf "%.1f", (f[12] + f[13]) / 100 }' "/proc/$1/stat"
}

# wait_ready PORT PID [TIMEOUT]: waits until /actuator/health/readiness is UP; fails if the process died.
wait_ready() {
    local port=$1 pid=$2 timeout=${3:-600} waited=0
    until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "error: the node on port $port died (see its log)" >&2
            return 1
        fi
        if (( waited >= timeout * 5 )); then
            echo "error: the node on port $port was not ready after ${timeout}s" >&2
            return 1
        fi
        sleep 0.2
        waited=$((waited + 1))
    done
}

# load_users DATABASE COUNT [FIRST]: trainee accounts load-0001... (password in LoadTest.PASSWORD).
load_users() {
    "$ROOT/scripts/load-users" --db "$1" --count "$2" --first "${3:-1}"
}

# Stops a process this script started, if it still runs.
stop_pid() {
    if [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; then
        kill "$1" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.2; done
        kill -9 "$1" 2>/dev/null || true
    fi
}
