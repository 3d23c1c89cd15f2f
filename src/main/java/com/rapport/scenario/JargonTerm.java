package com.rapport.scenario;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A term patients may not know and the plain words to use instead. */
public record JargonTerm(String term, String plain, @Nullable List<String> variants) {

    public List<String> spellings() {
        var all = new java.util.ArrayList<String>();
        all.add(term);
        if (variants != null) {
            all.addAll(variants);
        }
        return all;
    }
}
