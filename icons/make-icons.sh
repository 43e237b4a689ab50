#!/usr/bin/env bash
# Renders the app icon's sizes from lead-browser.svg (the source); run it after editing the SVG and commit the output.
#   Needs (Debian/Ubuntu): apt-get install -y librsvg2-bin imagemagick icnsutils
#   Writes: png/lead-browser-<N>.png (16..512), lead-browser.png (512, Linux), lead-browser.ico (Windows),
#           lead-browser.icns (macOS).
set -euo pipefail
cd "$(dirname "$0")"
for tool in rsvg-convert convert png2icns; do
    command -v "$tool" >/dev/null || { echo "make-icons.sh: $tool is missing (apt-get install -y librsvg2-bin imagemagick icnsutils)" >&2; exit 1; }
done

sizes=(16 24 32 48 64 128 256 512)
mkdir -p png
for size in "${sizes[@]}"; do
    rsvg-convert --width "$size" --height "$size" lead-browser.svg --output "png/lead-browser-$size.png"
done
cp png/lead-browser-512.png lead-browser.png

# Windows: every size up to 256 in one .ico (256 is stored as PNG, the rest as bitmaps).
convert png/lead-browser-{16,24,32,48,64,128,256}.png lead-browser.ico
# macOS: the sizes .icns has slots for.
png2icns lead-browser.icns png/lead-browser-{16,32,48,128,256,512}.png >/dev/null
