package org.ilo.sstc.segment;

import org.ilo.sstc.profile.Profiles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingParserTest {

    private final HeadingParser parser = new HeadingParser(Profiles.bundled());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "GOOD PRACTICE 7 – AMERICAS – SDG UN reform & SSTC|7|AMERICAS|SDG UN reform & SSTC",
        " GOOD PRACTICE 1 – AFRICA- Jobs in the Sahel    |1|AFRICA|Jobs in the Sahel",
        "GOOD PRACTICE 2 – AFRICA -SKILLS FAIR|2|AFRICA|SKILLS FAIR",
        "GOOD PRACTICE  10 – ASIA & the PACIFIC- Green jobs|10|ASIA & THE PACIFIC|Green jobs",
        "GOOD PRACTICE  13- EUROPE & CIS – Care work|13|EUROPE & CIS|Care work",
        "GOOD PRACTICE 14 – EUROPE & CIS– Chile-Peru exchange|14|EUROPE & CIS|Chile-Peru exchange",
        "Good Practice 3: Arab States - Media training|3|ARAB STATES|Media training",
        "GOOD PRACTICE 21 – GLOBAL – Academy Lisbon- SSTC|21|GLOBAL|Academy Lisbon- SSTC",
        "GOOD PRACTICE No. 4 - LATIN AMERICA AND THE CARIBBEAN - Rural skills|4|LATIN AMERICA AND THE CARIBBEAN|Rural skills",
        "GOOD PRACTICE 5 – SOUTHERN CONE – Care|5|SOUTHERN CONE|Care",
    })
    void parsesNumberRegionAndShortTitleOfHeadingVariants(String line, int number, String region, String title) {
        PracticeHeading heading = parser.parse(line).orElseThrow();
        assertThat(heading.number()).isEqualTo(number);
        assertThat(heading.region()).isEqualTo(region);
        assertThat(heading.shortTitle()).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The good practice 3 shows how", "GOOD PRACTICES OF SOUTH-SOUTH COOPERATION",
        "GOOD PRACTICE 4 – AFRICA – Gender equality ........ 12", "GOOD PRACTICE 1.2 was revised",
        "Good practice 3 shows how the fund works"})
    void rejectsLinesThatAreNotHeadings(String line) {
        assertThat(parser.parse(line)).isEmpty();
    }
}
