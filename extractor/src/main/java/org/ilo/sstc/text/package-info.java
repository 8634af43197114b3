/** Small text utilities shared by the stages that compare words as people write them. */
package org.ilo.sstc.text;
