#!/bin/sh
# Gives an installed app its class-data-sharing archive: the classes it loads at start-up (the list made at build
# time by packaging/linux/class-list.sh), already parsed and verified, dumped for its jars where they are now (on
# JDK 17 an archive is tied to the jars' paths, so it is made where the app is, never copied). ~15 s, once; then
# every start is faster. The launcher's .cfg is told to use it; when the dump fails, it keeps the runtime's own.
# Run by `mvn -Pdist` for the app image, and shipped in the .deb for its postinst (POSIX sh, for dpkg).
# Usage: cds-archive.sh <the app's lib/app folder> <its name, e.g. lead-browser>
set -e

app_dir=$1
name=$2
list=$app_dir/$name.classlist
cfg=$app_dir/$name.cfg
archive=$app_dir/$name.jsa
[ -f "$list" ] && [ -f "$cfg" ] || exit 0
classpath=$(sed -n "s|^app.classpath=\$APPDIR/|$app_dir/|p" "$cfg" | paste -sd: -)
module_options=$(sed -n 's/^java-options=\(--add-[a-z]*=[^ ]*\)$/\1/p' "$cfg")
rm -f "$archive.new"
# shellcheck disable=SC2086
if "$app_dir/../runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$archive.new" \
    $module_options -cp "$classpath" >/dev/null 2>&1; then
    # replaced only once the new one is made: the .cfg may point at the old one already
    mv "$archive.new" "$archive"
    grep -q '^java-options=-XX:SharedArchiveFile=' "$cfg" || printf 'java-options=%s\n' \
        "-XX:SharedArchiveFile=\$APPDIR/$name.jsa" -Xlog:cds=off >>"$cfg"
else
    rm -f "$archive.new"
    echo "$name: could not make its class-data-sharing archive; it starts as before" >&2
fi
