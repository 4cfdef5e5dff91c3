package nl.opleidingsklimaat.survey.instrument;

import java.util.List;

/** How an item is answered. Numeric scales store their value; open text stores the text. */
public enum Scale {
    /** 1 helemaal mee oneens .. 5 helemaal mee eens; the item may allow "niet van toepassing". */
    LIKERT_5(1, 5, List.of("helemaal mee oneens", "mee oneens", "neutraal", "mee eens", "helemaal mee eens")),
    /** 1 nooit .. 5 (bijna) altijd. */
    FREQUENCY_5(1, 5, List.of("nooit", "soms", "regelmatig", "vaak", "(bijna) altijd")),
    /** 0 nee, 1 ja. */
    YES_NO(0, 1, List.of("nee", "ja")),
    OPEN_TEXT(null, null, List.of());

    private final Integer min;
    private final Integer max;
    private final List<String> labels;

    Scale(Integer min, Integer max, List<String> labels) {
        this.min = min;
        this.max = max;
        this.labels = labels;
    }

    public Integer min() {
        return min;
    }

    public Integer max() {
        return max;
    }

    public boolean numeric() {
        return min != null;
    }

    /** Scored scales count in domain means (yes/no items are reported per item only). */
    public boolean scored() {
        return this == LIKERT_5 || this == FREQUENCY_5;
    }

    public List<String> labels() {
        return labels;
    }
}
