#!/usr/bin/env bash
# JavaFX 21 against 25 on JDK 25 (issue 20): the bare window (bench/src/.../BareWindow) started with each version's
# jars, without and with its own AOT cache (one training run each), one warm-up round then RUNS rounds, the four
# variants alternating, each start on a new Xvfb. Each JVM gets the app's JVM flags (app.jvm.* of pom.xml).
# Per start: exec → first frame painted (the window's own report) and exec → screen settled (the screen, captured
# with xwd every ~30-60 ms, stays the same for 1 s; the time of the capture that first showed the last picture).
# Usage: bench/javafx-versions.sh [RUNS, default 7] [JavaFX 25 version, default 25.0.2]
# Needs: Xvfb, xwd, xdpyinfo, Maven (it fetches the JavaFX jars), JDK 25 (JAVA25_HOME, default the one Maven
# selected for javafx:run, target/javafx-run/jdk-home). Prints a Markdown table; each start's figures on stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-7}
FX_OLD=$(sed -n 's|.*<javafx.version>\(.*\)</javafx.version>.*|\1|p' pom.xml)
FX_NEW=${2:-25.0.2}
JAVA25_HOME=${JAVA25_HOME:-$(cat target/javafx-run/jdk-home)}
JAVA=$JAVA25_HOME/bin/java
# shellcheck disable=SC2207
JVM_FLAGS=($(sed -n 's|.*<app\.jvm\.[A-Za-z]*>\(.*\)</app\.jvm\.[A-Za-z]*>.*|\1|p' pom.xml))
JVM_FLAGS+=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)
# (Maven 3.8's -q still wraps the value in colour codes)
repo=$(mvn -q -B help:evaluate -Dexpression=settings.localRepository -DforceStdout | sed 's/\x1b\[[0-9;]*m//g')
work=$(mktemp -d)
display=:${BENCH_DISPLAY:-37}
xvfb=
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT

# a new X server for each start: a closed window's picture stays on the screen (the root has no background to paint
# in its place), so the next window, drawn alike, would change nothing that could be watched
new_screen() {
    [ -z "$xvfb" ] || { kill "$xvfb"; wait "$xvfb" 2>/dev/null || true; }
    while [ -e "/tmp/.X${display#:}-lock" ]; do sleep 0.1; done # a new server refuses to start before it is gone
    Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
    xvfb=$!
    for _ in $(seq 1 100); do
        xdpyinfo -display "$display" >/dev/null 2>&1 && return
        sleep 0.1
    done
    echo "Xvfb $display did not start" >&2
    exit 1
}

# the JavaFX jars of one version (Linux), as a class path
fx_classpath() {
    local version=$1 module path classpath=
    for module in base graphics controls; do
        path=$repo/org/openjfx/javafx-$module/$version/javafx-$module-$version-linux.jar
        [ -f "$path" ] || mvn -q -B dependency:get -Dartifact="org.openjfx:javafx-$module:$version:jar:linux" \
            -Dtransitive=false >/dev/null
        classpath+=${classpath:+:}$path
    done
    echo "$classpath"
}
declare -A classpath
classpath[$FX_OLD]=$(fx_classpath "$FX_OLD")
classpath[$FX_NEW]=$(fx_classpath "$FX_NEW")
mkdir "$work/classes"
"$JAVA25_HOME/bin/javac" -nowarn -d "$work/classes" -cp "${classpath[$FX_OLD]}" \
    bench/src/app/leadbrowser/bench/BareWindow.java bench/src/app/leadbrowser/bench/Stats.java
# as a jar: an AOT cache takes no directory on the class path
"$JAVA25_HOME/bin/jar" --create --file "$work/bench.jar" -C "$work/classes" .
echo "JDK: $("$JAVA" -version 2>&1 | head -1); JavaFX $FX_OLD and $FX_NEW; flags: ${JVM_FLAGS[*]}" >&2

now_ms() { date +%s%3N; }

# one start of the bare window: prints "first-frame-ms settled-ms rss-mb"
start_once() {
    local version=$1 cache=$2 out=$work/out started pid picture last= changed now still_since reported=
    local aot=()
    [ -z "$cache" ] || aot=(-XX:AOTCache="$cache")
    new_screen
    started=$(now_ms)
    DISPLAY=$display "$JAVA" "${JVM_FLAGS[@]}" "${aot[@]}" -Dbench.stayOpen=true \
        -cp "${classpath[$version]}:$work/bench.jar" app.leadbrowser.bench.BareWindow >"$out" 2>&1 &
    pid=$!
    changed=$started
    still_since=$started
    while :; do
        now=$(now_ms)
        # the pixels only: xwd's colour map in front of them differs from one capture to the next
        picture=$(xwd -root -silent -display "$display" 2>/dev/null | tail -c $((1280 * 800 * 4)) | md5sum) || {
            echo "lost the X server $display" >&2
            exit 1
        }
        if [ "$picture" != "$last" ]; then
            last=$picture
            changed=$now
            still_since=$now
        fi
        # still for 1 s, and 1 s after the window's report (its pixels reach the screen after it)
        if [ -z "$reported" ] && grep -q FIRST_ROWS_EPOCH_MS "$out"; then
            reported=$now
        elif [ -n "$reported" ] && [ $((now - still_since)) -ge 1000 ] && [ $((now - reported)) -ge 1000 ]; then
            break
        fi
        [ $((now - started)) -lt 60000 ] || { echo "no settled screen in 60 s: $(cat "$out")" >&2; break; }
        sleep 0.02
    done
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    local report
    report=$(grep -o 'FIRST_ROWS_EPOCH_MS=[0-9]* RSS_KB=[0-9]*' "$out") || {
        echo "no report: $(cat "$out")" >&2
        exit 1
    }
    local painted=${report#FIRST_ROWS_EPOCH_MS=}
    painted=${painted%% *}
    echo "$((painted - started)) $((changed - started)) $((${report##*RSS_KB=} / 1024))"
}

# one training run per version (BareWindow without stayOpen quits at its first frame; the JVM writes the cache)
declare -A cache
new_screen
for version in "$FX_OLD" "$FX_NEW"; do
    cache[$version]=$work/bare-$version.aot
    DISPLAY=$display "$JAVA" "${JVM_FLAGS[@]}" -XX:AOTCacheOutput="${cache[$version]}" -Xlog:aot=error \
        -cp "${classpath[$version]}:$work/bench.jar" app.leadbrowser.bench.BareWindow >/dev/null 2>&1
    [ -s "${cache[$version]}" ] || { echo "no AOT cache for JavaFX $version" >&2; exit 1; }
done

variants=("$FX_OLD" "$FX_NEW" "$FX_OLD aot" "$FX_NEW aot")
declare -A results
for round in $(seq 0 "$RUNS"); do
    for variant in "${variants[@]}"; do
        version=${variant%% *}
        use=
        [ "$variant" = "$version" ] || use=${cache[$version]}
        start_once "$version" "$use" >"$work/result" # not in a subshell: it keeps the X server's id
        result=$(cat "$work/result")
        echo "round $round, JavaFX $variant: $result" >&2
        [ "$round" = 0 ] || results[$variant]+="$result"$'\n'
    done
done

# median and range of one column (1 first frame, 2 settled, 3 RSS) of one variant
summary() {
    sort -n <<<"$(cut -d' ' -f"$2" <<<"${results[$1]%$'\n'}")" \
        | awk '{ v[NR] = $1 } END { printf "%d (%d–%d)", v[int((NR + 1) / 2)], v[1], v[NR] }'
}
echo "| JavaFX on JDK 25 (${RUNS} runs) | first frame, ms | screen settled, ms | RSS at first frame, MB |"
echo "|---|---|---|---|"
for variant in "${variants[@]}"; do
    name=${variant/ aot/ + its AOT cache}
    echo "| $name | $(summary "$variant" 1) | $(summary "$variant" 2) | $(summary "$variant" 3) |"
done
