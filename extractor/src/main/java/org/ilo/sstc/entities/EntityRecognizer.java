package org.ilo.sstc.entities;

import org.ilo.sstc.fields.PracticeFields;

/** Finds countries, regions, persons, organisations, contacts and links in a practice. Thread-safe. */
public interface EntityRecognizer {

    /** Recognises the entities of {@code practice}. */
    PracticeEntities recognise(PracticeFields practice);
}
