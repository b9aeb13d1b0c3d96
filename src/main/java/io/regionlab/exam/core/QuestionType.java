package io.regionlab.exam.core;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of question the content format knows; {@link #code()} is the spelling used in YAML. */
public enum QuestionType {
    /** Practice only: two options, "True" then "False", one correct. */
    TRUE_FALSE("true-false"),
    /** Multiple choice: one correct option of at least four. */
    SINGLE("single"),
    /** Multiple response: at least two correct options and at least one wrong, of at least four. */
    MULTIPLE("multiple");

    private final String code;

    QuestionType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /**
     * @throws IllegalArgumentException when {@code code} names no type; the message lists the known codes
     */
    public static QuestionType ofCode(String code) {
        for (QuestionType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown question type \"" + code + "\" (known: " + knownCodes() + ")");
    }

    /** The codes in declaration order, comma-separated, for messages. */
    static String knownCodes() {
        return Arrays.stream(values()).map(QuestionType::code).collect(Collectors.joining(", "));
    }
}
