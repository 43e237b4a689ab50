#!/usr/bin/env bash
# Writes the list of the classes the app loads at start-up, from which packaging/linux/cds-archive.sh dumps a
# class-data-sharing archive where the app is: for the app image at build time, for the .deb by its postinst where
# it is installed. One training run of the demo workspace under Xvfb, from the jars jpackage is about to package,
# up to the first rows painted and 3 s more (the filter and card panes are built just after the first rows). The
# list holds class names only, so it serves wherever the jars go. Run by `mvn -Pdist` before jpackage (Linux). Without
# xvfb-run no list is written, and the app image and the installed app keep the runtime's own archive.
# Usage: class-list.sh <java> <main class> <jpackage input dir> <JavaFX jars dir> <list to write> <scratch dir>
set -euo pipefail

java=$1
main=$2
input=$3
javafx=$4
list=$5
scratch=$6

rm -rf "$scratch" "$list"
if ! command -v xvfb-run >/dev/null; then
    echo "class-list: no xvfb-run, so no training run: the app image and the .deb will use the runtime's own CDS archive" >&2
    exit 0
fi
mkdir -p "$scratch"
if ! timeout 300 xvfb-run -a -s "-screen 0 1280x1024x24" "$java" -XX:DumpLoadedClassList="$list" \
    -Dleadbrowser.exitOnFirstRows=true -Dleadbrowser.exitOnFirstRows.lingerMs=3000 \
    -Dleadbrowser.configDir="$scratch/config" -Dleadbrowser.logDir="$scratch/logs" \
    -cp "$input/*:$javafx/*" "$main" >"$scratch/training.log" 2>&1 || [ ! -s "$list" ]; then
    echo "class-list: the training run failed, no list: $(tail -5 "$scratch/training.log")" >&2
    rm -f "$list"
    exit 0
fi
echo "class-list: $(grep -vc '^#' "$list") classes for the .deb's CDS archive"
