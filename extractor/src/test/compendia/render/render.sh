#!/usr/bin/env bash
# Regenerates test compendia from their content source:
#   SET/SET.yaml --python-docx--> SET/SET.docx --LibreOffice--> SET/SET.pdf --Apache Tika 3.3.1--> SET/SET.tika.txt
# usage: render.sh [--force] [SET_DIR...]    (default: every directory beside render/ that holds SET/SET.yaml)
# The .docx is written with fixed timestamps; when it comes out byte for byte as before and the
# .pdf and .tika.txt exist, they are kept (LibreOffice stamps each PDF with the time), unless --force.
# Needs: /usr/bin/python3 with python-docx and PyYAML, soffice (LibreOffice), Java 17 and Maven (for
# the Tika classpath of the project; cached in $TIKA_CP, default ${TMPDIR:-/tmp}/compendia-tika-cp.txt).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
compendia="$(dirname "$here")"
repo="$(cd "$compendia/../../../.." && pwd)"
py="${PYTHON:-/usr/bin/python3}"
cp_file="${TIKA_CP:-${TMPDIR:-/tmp}/compendia-tika-cp.txt}"

if [ ! -s "$cp_file" ]; then
  echo "computing the Tika classpath of the project into $cp_file" >&2
  build_cp() { (cd "$repo" && mvn -q -B -pl extractor -am dependency:build-classpath \
                  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime) >&2; }
  build_cp || { (cd "$repo" && mvn -q -B install -DskipTests) >&2 && build_cp; }
fi

force=0
if [ "${1:-}" = "--force" ]; then force=1; shift; fi
if [ "$#" -eq 0 ]; then
  set --
  for d in "$compendia"/*/; do
    d="${d%/}"; n="$(basename "$d")"
    [ -f "$d/$n.yaml" ] && set -- "$@" "$d"
  done
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for dir in "$@"; do
  dir="$(cd "$dir" && pwd)"; name="$(basename "$dir")"
  spec="$dir/$name.yaml"; [ -f "$spec" ] || spec="$dir/$name.json"
  echo "== $name" >&2
  new_docx="$(mktemp --suffix=.docx)"
  "$py" "$here/compendium_render.py" "$spec" "$new_docx"
  if [ "$force" = 0 ] && [ -f "$dir/$name.pdf" ] && [ -f "$dir/$name.tika.txt" ] && cmp -s "$new_docx" "$dir/$name.docx"; then
    rm -f "$new_docx"; echo "   unchanged" >&2; continue
  fi
  mv "$new_docx" "$dir/$name.docx"; chmod 644 "$dir/$name.docx"
  out="$(mktemp -d)"
  soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$dir/$name.docx" >/dev/null
  mv "$out/$name.pdf" "$dir/$name.pdf"; rmdir "$out"
  java -cp "$(cat "$cp_file")" "$here/TikaText.java" "$dir/$name.pdf" "$dir/$name.tika.txt"
  echo "   $(pdfinfo "$dir/$name.pdf" 2>/dev/null | awk '/^Pages/{print $2}') pages" >&2
done
