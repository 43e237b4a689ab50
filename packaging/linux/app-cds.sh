#!/usr/bin/env bash
# Gives the app image an AppCDS archive (the classes loaded at start-up, already parsed and verified), so
# its launcher starts faster: one training run of the launcher under Xvfb writes lib/app/lead-browser.jsa, then the
# launcher's .cfg is told to use it. Run by `mvn -Pdist` after jpackage (Linux).
#
# Only where it is valid: on JDK 17 the archive is tied to the paths and modification times of the app's jars, so
# it serves this app image where it was built. A moved app image (or the .deb, whose files jpackage copies again)
# falls back to the runtime's base CDS archive, silently (-Xlog:cds=off). Without xvfb-run nothing is added.
# Usage: app-cds.sh <app image dir, e.g. target/dist/app-image/lead-browser> <scratch dir>
set -euo pipefail

image=$1
scratch=$2
name=$(basename "$image")
launcher=$image/bin/$name
cfg=$image/lib/app/$name.cfg
archive=$image/lib/app/$name.jsa

if ! command -v xvfb-run >/dev/null; then
    echo "app-cds: no xvfb-run, so no training run: the app image starts without an AppCDS archive" >&2
    exit 0
fi
[ -x "$launcher" ] && [ -f "$cfg" ] || { echo "app-cds: no app image at $image" >&2; exit 1; }

rm -rf "$scratch" "$archive"
mkdir -p "$scratch"
# the demo workspace up to its first rows painted and 3 s more (the filter and card panes are built just after the
# first rows), then exit (ui/shell/FirstRowsProbe); the archive is written then
if ! JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive -Dleadbrowser.exitOnFirstRows=true \
-Dleadbrowser.exitOnFirstRows.lingerMs=3000 \
-Dleadbrowser.configDir=$scratch/config -Dleadbrowser.logDir=$scratch/logs" \
    timeout 300 xvfb-run -a -s "-screen 0 1280x1024x24" "$launcher" >"$scratch/training.log" 2>&1 \
    || [ ! -s "$archive" ]; then
    echo "app-cds: the training run failed, no archive: $(tail -5 "$scratch/training.log")" >&2
    rm -f "$archive"
    exit 0
fi
grep -q '^\[JavaOptions\]' "$cfg" || { echo "app-cds: $cfg has no [JavaOptions]" >&2; exit 1; }
# [JavaOptions] is the .cfg's last section: options appended go there
{
    echo "java-options=-XX:SharedArchiveFile=\$APPDIR/$name.jsa"
    echo "java-options=-Xlog:cds=off"
    echo "java-options=-Xlog:cds+dynamic=off"
} >>"$cfg"
echo "app-cds: $(du -m "$archive" | cut -f1) MB archive for the app image"
