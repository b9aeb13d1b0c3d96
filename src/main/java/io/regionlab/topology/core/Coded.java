package io.regionlab.topology.core;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum written in the design format by a lower-case code. */
public interface Coded {

    String code();

    static <E extends Enum<E> & Coded> Optional<E> of(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
