package com.rapport.practice;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Tier;

/**
 * What the trainee is looking for in the catalogue: words to find in a scenario's title, summary or topics (every
 * word, in any case and with or without accents), its status for them, its tier and a topic; null for "any".
 */
public record CatalogQuery(String text, CatalogItem.@Nullable Status status, @Nullable Tier tier,
        @Nullable String topic) {

    public static final CatalogQuery ALL = new CatalogQuery("", null, null, null);

    public CatalogQuery {
        text = text.strip();
        if (text.length() > 200) {
            text = text.substring(0, 200);
        }
    }

    public boolean matches(CatalogItem item) {
        if (status != null && item.status() != status || tier != null && item.tier() != tier
                || topic != null && !item.topics().contains(topic)) {
            return false;
        }
        String haystack = folded(item.title() + " " + item.summary() + " " + String.join(" ", item.topics()));
        return Arrays.stream(folded(text).split("\\s+")).filter(w -> !w.isEmpty()).allMatch(haystack::contains);
    }

    /** Lower case without accents, so "triage" finds "Triage" and "espanol" finds "español". */
    private static String folded(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
