#!/bin/sh
# Gives an app image or an installed app its AOT cache (JDK 25: the classes it loads at start-up already parsed,
# linked and some initialised, with the profiles of their hot methods), made where the app is, from one training run
# of the app with its own runtime, jars and JVM options: the demo workspace's first rows, a filter applied, a card
# opened, the walk to the next lead, the next page (-Dleadbrowser.training, ui/shell/FirstRowsProbe). The training
# needs no display, X server or GTK: it runs on JavaFX's Monocle headless platform with software rendering, so the
# cache holds everything the app loads but the GTK glass classes and the OpenGL pipeline's, which a desktop start
# loads from the jars as before. ~20 s, once (over 90 s on a machine with 14 processes per core); then the
# launcher's .cfg uses the cache. When the training fails, the app starts as before, without a cache. The JVM
# ignores a cache made for another runtime or other module options (the app's log says whether it used the cache),
# but not one made from other jars of the same names: so it is made anew with every build and every install.
# Run by `mvn -Pdist` for the app image, and shipped in the .deb for its postinst (POSIX sh, for dpkg).
# Usage: aot-cache.sh <the app's lib/app folder> <its name, e.g. lead-browser>
set -e

app_dir=$1
name=$2
cfg=$app_dir/$name.cfg
cache=$app_dir/$name.aot
java=$app_dir/../runtime/bin/java
[ -f "$cfg" ] && [ -x "$java" ] || exit 0
classpath=$(sed -n "s|^app.classpath=\$APPDIR/|$app_dir/|p" "$cfg" | paste -sd: -)
main=$(sed -n 's/^app.mainclass=//p' "$cfg")
# the launcher's JVM options, as the cache is checked against them, but not the cache itself
options=$(sed -n 's/^java-options=//p' "$cfg" | grep -v -e '^-XX:AOTCache=' -e '^-Dleadbrowser.aotCache=')
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
rm -f "$cache.new"
# shellcheck disable=SC2086
if timeout 600 "$java" $options -XX:AOTCacheOutput="$cache.new" -Dleadbrowser.training=true \
    -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
    -Dleadbrowser.configDir="$scratch/config" -Dleadbrowser.logDir="$scratch/logs" \
    -cp "$classpath" "$main" >"$scratch/training.log" 2>&1 && [ -s "$cache.new" ]; then
    # replaced only once the new one is made: the .cfg may point at the old one already
    mv "$cache.new" "$cache"
    grep -q '^java-options=-XX:AOTCache=' "$cfg" || printf 'java-options=%s\n' \
        "-XX:AOTCache=\$APPDIR/$name.aot" "-Dleadbrowser.aotCache=\$APPDIR/$name.aot" >>"$cfg"
    echo "$name: AOT cache made ($(($(wc -c <"$cache") / 1048576)) MB)"
else
    rm -f "$cache.new"
    echo "$name: could not make its AOT cache; it starts as before: $(tail -5 "$scratch/training.log")" >&2
fi
