#!/usr/bin/env bash
# Puts the report's CJK font into the build's classes: Noto Sans SC 400 Regular (static TrueType, SIL OFL 1.1) from the
# npm package @expo-google-fonts/noto-sans-sc, fetched with npm at build time instead of kept in git (10 MB), and checked
# against its SHA-256. Usage: fetch-font.sh OUTPUT_DIR CACHE_DIR
set -euo pipefail
out="$1"
cache="$2"
package="@expo-google-fonts/noto-sans-sc@0.4.3"
font="NotoSansSC_400Regular.ttf"
sha256="d45f67f0a7c0ca3f256950777ce6a61cc7ce5f9696d02900cbbaac25f8aa7d16"

check() { [[ -f "$1" ]] && echo "$sha256  $1" | sha256sum --check --status; }

mkdir -p "$out" "$cache"
if check "$out/$font"; then
    exit 0
fi
if ! check "$cache/$font"; then
    if ! command -v npm >/dev/null 2>&1; then
        echo "找不到 npm：报告的中文字体从 npm 获取 / npm is needed to fetch the report's font ($package)" >&2
        exit 1
    fi
    tarball="$(cd "$cache" && npm pack --silent "$package" | tail -n 1)"
    tar -xzf "$cache/$tarball" -C "$cache" --strip-components=2 "package/400Regular/$font"
    if ! check "$cache/$font"; then
        echo "字体校验失败 / the font's SHA-256 does not match: $cache/$font" >&2
        exit 1
    fi
fi
cp "$cache/$font" "$out/$font"
