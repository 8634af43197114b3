/**
 * The neutral document model every reader produces: lines and table rows in reading order, with
 * style, page and hyperlinks, page furniture already removed. Everything after ingest reads only
 * this model, so it is blind to the input format.
 */
package org.ilo.sstc.layout;
