package org.ilo.sstc.fields;

/** Where content goes: a template field, or a labelled row whose label maps to none. */
record Slot(TemplateField field, String label) {

    static Slot of(TemplateField field) {
        return new Slot(field, null);
    }

    static Slot unknown(String label) {
        return new Slot(null, label);
    }
}
