package com.rapport.scenario;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** Lookup of stable string ids, with a "did you mean" for near misses. */
public final class Ids {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Ids() {
    }

    /** The id of a constant as scenario files write it: lower case, dashes for underscores. */
    public static String of(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The constant whose id is given, or an error naming the nearest id and all valid ones. */
    public static <E extends Enum<E>> E lookup(Class<E> type, String id, Function<E, String> idOf) {
        E[] values = type.getEnumConstants();
        for (E value : values) {
            if (idOf.apply(value).equals(id)) {
                return value;
            }
        }
        var known = Arrays.stream(values).map(idOf).toList();
        throw new IllegalArgumentException("'" + id + "' is not a known " + type.getSimpleName().toLowerCase()
                + didYouMean(id, known).map(s -> " (did you mean '" + s + "'?)").orElse("")
                + "; expected one of: " + String.join(", ", known));
    }

    /** The closest candidate within a small edit distance, if any. */
    static Optional<String> didYouMean(String given, Collection<String> candidates) {
        int limit = Math.max(2, given.length() / 3);
        return candidates.stream()
                .filter(c -> DISTANCE.apply(given.toLowerCase(), c.toLowerCase()) <= limit)
                .min(Comparator.comparingInt((String c) -> DISTANCE.apply(given.toLowerCase(), c.toLowerCase()))
                        .thenComparing(Function.identity()));
    }

    static String list(Collection<String> ids) {
        return ids.stream().sorted().collect(Collectors.joining(", "));
    }

    /** An id as a message quotes it: at most 60 characters, so a hostile one cannot flood a message. */
    static String clip(String id) {
        return id.length() <= 60 ? id : id.substring(0, 57) + "...";
    }
}
