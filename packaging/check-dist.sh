#!/usr/bin/env bash
# The packaging check (CI runs it after the tests; with the AOT cache's training run, 7-13 min on a busy 2-core machine):
#   builds the app image and the .deb with `mvn -Pdist` (fast .deb compression), runs the launcher with --version
#   and with `sandbox` (waits for the listening line, then stops it), runs `java -jar target/lead-browser.jar
#   --version` on Java 25 and on the `java` on the PATH when that is older (one line and exit 2, no stack trace), and
#   inspects the .deb with dpkg-deb: name, version, menu entry, icon, the script its postinst makes the AOT cache with
#   (the build ran that script for the app image: checked, and that a broken cache does not stop a start), installed
#   size. Needs no display, X server or GTK. Linux only; installs fakeroot/binutils (strip, and objcopy for jlink)
#   when missing (as root).
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check-dist: FAILED: $*" >&2; exit 1; }

# jpackage builds a .deb with fakeroot + dpkg-deb; the dist profile strips libjvm.so with binutils' strip.
missing=()
command -v fakeroot >/dev/null || missing+=(fakeroot)
command -v strip >/dev/null || missing+=(binutils)
command -v dpkg-deb >/dev/null || fail "dpkg-deb is missing: this check needs Debian or Ubuntu"
if [ ${#missing[@]} -gt 0 ]; then
    [ "$(id -u)" = 0 ] || fail "missing ${missing[*]}: apt-get install -y ${missing[*]}"
    echo "check-dist: installing ${missing[*]}"
    apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null \
        || { apt-get update >/dev/null && apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null; }
fi

version_file=$(mktemp)
mvn -q -B help:evaluate -Dexpression=project.version -Doutput="$version_file"
version=$(cat "$version_file")
rm -f "$version_file"
started=$SECONDS
# xz level 1: about 10 s instead of 35 s for dpkg-deb, the .deb a few MB bigger than a release build's
DPKG_DEB_COMPRESSOR_LEVEL=1 mvn -B -q -Pdist -DskipTests package
echo "check-dist: built in $((SECONDS - started)) s"

launcher=target/dist/app-image/lead-browser/bin/lead-browser
[ -x "$launcher" ] || fail "no launcher at $launcher"

answer=$("$launcher" --version)
[ "$answer" = "Lead Browser $version" ] || fail "--version said '$answer', expected 'Lead Browser $version'"
echo "check-dist: --version: $answer"

# `java -jar target/lead-browser.jar`: the app on Java 25 (here the app image's runtime); on an older `java` (the one
# on the PATH, when older) one line and exit 2 from the jar's Main-Class, JavaVersionGate, built for Java 8
jar=target/lead-browser.jar
answer=$(target/dist/app-image/lead-browser/lib/runtime/bin/java -jar "$jar" --version)
[ "$answer" = "Lead Browser $version" ] || fail "java -jar $jar --version on Java 25 said '$answer'"
echo "check-dist: java -jar on Java 25: $answer"
old_java=$(command -v java || true)
old_feature=
[ -z "$old_java" ] || old_feature=$("$old_java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \(1\.\)\{0,1\}\([0-9]*\).*/\2/p')
if [ -z "$old_feature" ] || [ "$old_feature" -ge 25 ]; then
    echo "check-dist: java -jar on Java older than 25: skipped, no such java on the PATH (${old_java:-none}${old_feature:+ is Java $old_feature})"
else
    refusal=$(mktemp)
    status=0
    answer=$("$old_java" -jar "$jar" --version 2>"$refusal") || status=$?
    line=$(cat "$refusal")
    rm -f "$refusal"
    [ "$status" = 2 ] || fail "java -jar on Java $old_feature ($old_java) exited with $status, not 2: $line"
    [ -z "$answer" ] || fail "java -jar on Java $old_feature printed '$answer' on standard output"
    [ "$(wc -l <<<"$line")" = 1 ] && grep -q '^Lead Browser needs Java 25 or newer, and this is Java ' <<<"$line" \
        || fail "java -jar on Java $old_feature did not say in one line that it needs Java 25: $line"
    echo "check-dist: java -jar on Java $old_feature ($old_java): exit 2, one line: $line"
fi

sandbox_log=$(mktemp)
"$launcher" sandbox --port 0 >"$sandbox_log" 2>&1 &
sandbox_pid=$!
trap 'kill "$sandbox_pid" 2>/dev/null || true; rm -f "$sandbox_log"' EXIT
for _ in $(seq 1 60); do
    grep -q '^Sandbox listening on http://127.0.0.1:[0-9]' "$sandbox_log" && break
    kill -0 "$sandbox_pid" 2>/dev/null || fail "sandbox exited early: $(cat "$sandbox_log")"
    sleep 0.5
done
grep '^Sandbox listening on http://127.0.0.1:[0-9]' "$sandbox_log" || fail "no listening line: $(cat "$sandbox_log")"
kill "$sandbox_pid"
wait "$sandbox_pid" 2>/dev/null || true

debs=(target/dist/installer/*.deb)
[ ${#debs[@]} = 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in target/dist/installer"
deb=${debs[0]}
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = lead-browser ] || fail "package name is '$(field Package)'"
[ "$(field Version)" = "$version-1" ] || fail "package version is '$(field Version)', expected '$version-1'"
contents=$(dpkg-deb --contents "$deb")
grep -q ' \./opt/lead-browser/bin/lead-browser$' <<<"$contents" || fail "no launcher in the .deb"
grep -q ' \./opt/lead-browser/lib/lead-browser.png$' <<<"$contents" || fail "no icon in the .deb"
desktop_file=$(grep -o '\./opt/lead-browser/lib/[^ ]*\.desktop$' <<<"$contents") || fail "no menu entry in the .deb"
entry=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO "$desktop_file")
grep -qx 'Name=Lead Browser' <<<"$entry" || fail "the menu entry is not called Lead Browser: $entry"
grep -qx 'Exec=/opt/lead-browser/bin/lead-browser' <<<"$entry" || fail "the menu entry does not start the launcher"
grep -qx 'Icon=/opt/lead-browser/lib/lead-browser.png' <<<"$entry" || fail "the menu entry has not the icon"
dpkg-deb --info "$deb" postinst | grep -q "^xdg-desktop-menu install ${desktop_file#.}$" \
    || fail "postinst does not install the menu entry"
dpkg-deb --info "$deb" postinst | grep -qF 'sh "$APP_DIR/aot-cache.sh" "$APP_DIR" lead-browser' \
    || fail "postinst does not make the AOT cache"
# every jpackage placeholder replaced: one left (UTILITY_SCRIPTS, renamed in JDK 25) made prerm exit 127, so the
# package could be neither upgraded nor removed; and the functions its commands call are defined
for script in preinst postinst prerm postrm; do
  if dpkg-deb --info "$deb" "$script" >/dev/null 2>&1; then
    ! dpkg-deb --info "$deb" "$script" | grep -qE '^[A-Z]+(_[A-Z]+)+$' \
      || fail "$script keeps a jpackage placeholder: $(dpkg-deb --info "$deb" "$script" | grep -E '^[A-Z]+(_[A-Z]+)+$' | head -1)"
    dpkg-deb --info "$deb" "$script" | sh -n || fail "$script is not valid shell"
  fi
done
dpkg-deb --info "$deb" prerm | grep -q '^do_if_file_belongs_to_single_package ()' \
  || fail "prerm calls do_if_file_belongs_to_single_package without defining it"
grep -q ' \./opt/lead-browser/lib/app/aot-cache\.sh$' <<<"$contents" || fail "no aot-cache.sh in the .deb"

# the build ran the postinst's script for the app image (a training run without a display): it works with this
# runtime and these jars, on any machine
app_dir=target/dist/app-image/lead-browser/lib/app
[ -s "$app_dir/lead-browser.aot" ] || fail "aot-cache.sh made no AOT cache for the app image"
grep -qx 'java-options=-XX:AOTCache=$APPDIR/lead-browser.aot' "$app_dir/lead-browser.cfg" \
    || fail "the app image's launcher does not use its AOT cache"
echo "check-dist: AOT cache $(( $(stat -c %s "$app_dir/lead-browser.aot") / 1048576 )) MB"
# a cache that does not fit (here: not a cache at all) never stops the app from starting
mv "$app_dir/lead-browser.aot" "$app_dir/lead-browser.aot.kept"
echo "not an AOT cache" >"$app_dir/lead-browser.aot"
answer=$("$launcher" --version 2>/dev/null) || true
mv "$app_dir/lead-browser.aot.kept" "$app_dir/lead-browser.aot"
[ "$answer" = "Lead Browser $version" ] || fail "with a broken AOT cache --version said '$answer'"
echo "check-dist: a broken AOT cache is ignored"

installed_kb=$(field Installed-Size)
deb_kb=$(( $(stat -c %s "$deb") / 1024 ))
echo "check-dist: $deb: $((deb_kb / 1024)) MB (fast compression), installed $((installed_kb / 1024)) MB"
[ "$installed_kb" -le $((110 * 1024)) ] || fail "installed size over 110 MB"
echo "check-dist: OK"
