package org.ilo.sstc.entities;

/**
 * A place named in a text.
 *
 * @param place          what the name stands for
 * @param begin          offset of the first character of the name
 * @param end            offset after the name
 * @param surface        the name as written
 * @param personAmbiguous the name is also a person's name ("Jordan", "Chad"): a caller with person mentions may reject it
 */
record PlaceMatch(Place place, int begin, int end, String surface, boolean personAmbiguous) {

    boolean overlaps(int otherBegin, int otherEnd) {
        return begin < otherEnd && otherBegin < end;
    }
}
