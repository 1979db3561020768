package org.yiwang.kernel.standards.size;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The table of shared/STANDARDS.md §4, typed in again here so a typo in the data file fails:
 * at each bound the firm is in the band, one unit below (on any indicator) it drops a band.
 */
class SmeBoundaryTest {

    private final SmeClassifier classifier = SmeClassifier.bundled();

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', value = {
        "A    | OPERATING_REVENUE                | 20000        | 500       | 50",
        "C    | EMPLOYEES;OPERATING_REVENUE      | 1000;40000   | 300;2000  | 20;300",
        "E    | OPERATING_REVENUE;TOTAL_ASSETS   | 80000;80000  | 6000;5000 | 300;300",
        "51   | EMPLOYEES;OPERATING_REVENUE      | 200;40000    | 20;5000   | 5;1000",
        "52   | EMPLOYEES;OPERATING_REVENUE      | 300;20000    | 50;500    | 10;100",
        "54   | EMPLOYEES;OPERATING_REVENUE      | 1000;30000   | 300;3000  | 20;200",
        "59   | EMPLOYEES;OPERATING_REVENUE      | 200;30000    | 100;1000  | 20;100",
        "60   | EMPLOYEES;OPERATING_REVENUE      | 1000;30000   | 300;2000  | 20;100",
        "61   | EMPLOYEES;OPERATING_REVENUE      | 300;10000    | 100;2000  | 10;100",
        "62   | EMPLOYEES;OPERATING_REVENUE      | 300;10000    | 100;2000  | 10;100",
        "63   | EMPLOYEES;OPERATING_REVENUE      | 2000;100000  | 100;1000  | 10;100",
        "65   | EMPLOYEES;OPERATING_REVENUE      | 300;10000    | 100;1000  | 10;50",
        "7010 | OPERATING_REVENUE;TOTAL_ASSETS   | 200000;10000 | 1000;5000 | 100;2000",
        "7020 | EMPLOYEES;OPERATING_REVENUE      | 1000;5000    | 300;1000  | 100;500",
        "71   | EMPLOYEES;TOTAL_ASSETS           | 300;120000   | 100;8000  | 10;100",
        "80   | EMPLOYEES                        | 300          | 100       | 10"})
    void boundsOfEveryCategory(String industry, String indicators, String large, String medium, String small) {
        String[] ind = indicators.split(";");
        SizeClass[] bands = {SizeClass.LARGE, SizeClass.MEDIUM, SizeClass.SMALL};
        long[][] bounds = {parse(large), parse(medium), parse(small)};
        for (int b = 0; b < 3; b++) {
            assertEquals(bands[b], classify(industry, ind, bounds[b], -1), industry + " at " + bands[b] + " bound");
            SizeClass below = b == 2 ? SizeClass.MICRO : bands[b + 1];
            for (int i = 0; i < ind.length; i++) {
                assertEquals(below, classify(industry, ind, bounds[b], i), industry + " " + ind[i] + " one below " + bands[b]);
            }
        }
    }

    private SizeClass classify(String industry, String[] indicators, long[] values, int lowered) {
        Map<String, Long> v = new HashMap<>();
        for (int i = 0; i < indicators.length; i++) {
            v.put(indicators[i], values[i] - (i == lowered ? 1 : 0));
        }
        return classifier.classify(SmeFacts.of(industry, v.get("EMPLOYEES"), v.get("OPERATING_REVENUE"),
                v.get("TOTAL_ASSETS")), SmeClassifierTest.DATE).size();
    }

    private static long[] parse(String s) {
        return Arrays.stream(s.split(";")).mapToLong(Long::parseLong).toArray();
    }
}
