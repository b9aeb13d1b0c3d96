package io.regionlab.exam;

import java.util.Arrays;
import java.util.Optional;

/** The ways to work through questions. Only an exam is timed and reveals answers after submission. */
public enum Mode {
    PRACTICE("practice"), DRILL("drill"), MISSED("missed"), EXAM("exam");

    private final String code;

    Mode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Mode> ofCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
