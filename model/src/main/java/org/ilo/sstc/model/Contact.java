package org.ilo.sstc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One person or desk of a practice's contact row; a part the document does not give is null
 * (a desk has no name, a person may have no e-mail). A person with two e-mail addresses or phone numbers
 * has the first of each here; the contact row keeps them all.
 *
 * @param phone the telephone number as written, without its "Tel:" word ("+254 20 123 4567")
 */
@JsonPropertyOrder({"name", "role", "organization", "email", "phone", "country"})
public record Contact(String name, String role, String organization, String email, String phone, String country) {
    public Contact {
        if (name == null && organization == null && email == null) {
            throw new IllegalArgumentException("a contact needs a name, an organization or an e-mail");
        }
    }

    /** A contact without a phone number. */
    public Contact(String name, String role, String organization, String email, String country) {
        this(name, role, organization, email, null, country);
    }
}
