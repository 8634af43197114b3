#!/bin/sh
# Regenerates compendium-sample.docx (POI) and compendium-sample.doc (LibreOffice: POI cannot write .doc).
# Run from the repository root after `mvn -pl extractor test-compile`; needs soffice (libreoffice-writer-nogui).
set -e
here=extractor/src/test/resources/word
cp=$(mvn -B -q -o -pl extractor dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
java -cp "extractor/target/test-classes:extractor/target/classes:$cp" \
    org.ilo.sstc.ingest.word.WordFixtureDocument "$here/compendium-sample.docx"
soffice --headless --convert-to doc:"MS Word 97" --outdir "$here" "$here/compendium-sample.docx"
