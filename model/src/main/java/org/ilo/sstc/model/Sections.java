package org.ilo.sstc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The seven narrative rows of the template; a row absent from the document is null. */
@JsonPropertyOrder({"objectives", "cooperation", "methodology", "innovation", "sustainability",
    "adaptability", "results"})
public record Sections(String objectives, String cooperation, String methodology, String innovation,
                       String sustainability, String adaptability, String results) {

    /** Sections of a practice that has none of the rows. */
    public static Sections empty() {
        return new Sections(null, null, null, null, null, null, null);
    }
}
