package org.ilo.sstc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One person or desk of a practice's contact row; a part the document does not give is null
 * (a desk has no name, a person may have no e-mail).
 */
@JsonPropertyOrder({"name", "role", "organization", "email", "country"})
public record Contact(String name, String role, String organization, String email, String country) {
    public Contact {
        if (name == null && organization == null && email == null) {
            throw new IllegalArgumentException("a contact needs a name, an organization or an e-mail");
        }
    }
}
