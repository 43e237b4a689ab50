#!/usr/bin/env bash
# The `java` that `mvn javafx:run` starts the app with on Linux and macOS (pom.xml, profile javafx-run-aot-cache):
# the JDK 25 that Maven selected, with the app's AOT cache. The build runs it with --install (in process-classes,
# which javafx:run runs first): it makes target/javafx-run/jdk, the JDK 25 of the toolchain (TOOLCHAIN_JAVA_HOME) as
# links but for bin/java, which is this script; the plugin reads the JDK's files from there too.
# The first run records the cache (it is written when the window closes, which then takes a few seconds more) and
# later runs use it; a rebuild that changes a jar, or the compiled classes, makes the next run record it anew. The
# cache takes jars only, so the compiled classes go on the class path as a jar (made again when they change).
set -euo pipefail

if [ "${1:-}" = --install ]; then
    dir=$2
    rm -rf "$dir/jdk"
    mkdir -p "$dir/jdk/bin"
    for file in "$TOOLCHAIN_JAVA_HOME"/*; do
        [ "$(basename "$file")" = bin ] || ln -s "$file" "$dir/jdk/"
    done
    for file in "$TOOLCHAIN_JAVA_HOME"/bin/*; do
        [ "$(basename "$file")" = java ] || ln -s "$file" "$dir/jdk/bin/"
    done
    cp "$0" "$dir/jdk/bin/java"
    chmod +x "$dir/jdk/bin/java"
    printf '%s\n' "$TOOLCHAIN_JAVA_HOME" >"$dir/jdk-home"
    exit 0
fi

dir=$(cd "$(dirname "$0")/../.." && pwd) # target/javafx-run
jdk=$(cat "$dir/jdk-home")
args=("$@")
classpath_at=
module_path=
for i in "${!args[@]}"; do
    [ "${args[$i]}" = -classpath ] && classpath_at=$((i + 1))
    [ "${args[$i]}" = --module-path ] && module_path=${args[$((i + 1))]}
done
# anything else run with this java (no module path and class path) is not the app
[ -n "$classpath_at" ] && [ -n "$module_path" ] || exec "$jdk/bin/java" "$@"
classes=${args[$classpath_at]%%:*} # the plugin puts target/classes first
jar=$dir/lead-browser-classes.jar
cache=$dir/lead-browser.aot

if [ ! -f "$jar" ] || [ -n "$(find "$classes" -newer "$jar" -print -quit)" ]; then
    rm -f "$jar"
    "$jdk/bin/jar" --create --file "$jar" -C "$classes" .
fi
args[$classpath_at]=$jar${args[$classpath_at]#"$classes"}
# the command, for bench/run to start this JVM again
printf '%s\0' "$0" "${args[@]}" >"$dir/command"

stale=
if [ -f "$cache" ]; then
    IFS=: read -r -a jars <<<"${args[$classpath_at]}:$module_path"
    for file in "${jars[@]}"; do
        [ -n "$file" ] && [ "$file" -nt "$cache" ] && stale=yes
    done
fi
if [ -f "$cache" ] && [ -z "$stale" ]; then
    aot=(-XX:AOTCache="$cache" -Dleadbrowser.aotCache="$cache")
else
    rm -f "$cache"
    echo "javafx:run: this run records the app's AOT cache (written as the window closes); later runs start faster" >&2
    aot=(-XX:AOTCacheOutput="$cache" -Xlog:aot=error) # not the list of classes it leaves out
fi
exec "$jdk/bin/java" "${aot[@]}" "${args[@]}"
