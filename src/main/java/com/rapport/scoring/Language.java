package com.rapport.scoring;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which language a reply is written in, as far as scoring needs to know: English (the rubric's language), Spanish,
 * or neither for certain. Counts the short function words each language cannot do without, and Spanish's own
 * letters and marks; deterministic and explainable, with no model.
 */
public enum Language {
    ENGLISH("en"), SPANISH("es"), UNKNOWN("und");

    private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "you", "your", "i", "i'm", "is", "are",
            "to", "of", "it", "that", "this", "we", "for", "with", "can", "will", "have", "be", "what", "my", "me",
            "not", "so", "do", "on", "in", "at", "sorry", "please", "thank", "let", "just", "was", "about", "if",
            "how", "there", "they", "our", "an", "a", "would", "could", "he", "she", "him", "her", "all", "know");
    private static final Set<String> SPANISH_WORDS = Set.of("el", "la", "los", "las", "que", "de", "del", "y",
            "en", "es", "un", "una", "usted", "ustedes", "su", "sus", "por", "para", "con", "no", "se", "lo", "le",
            "les", "me", "mi", "muy", "pero", "como", "está", "esta", "este", "eso", "esto", "hay", "señora",
            "señor", "gracias", "hola", "bueno", "ahora", "aquí", "puedo", "puede", "quiero", "necesita", "vamos",
            "siento", "lamento", "disculpe", "perdón", "sí", "también", "ya", "hijo", "hija", "todo", "cuando",
            "porque", "qué", "cómo", "dónde", "tiene", "tengo", "somos", "estoy", "estamos", "al", "nos");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Pattern SPANISH_MARKS = Pattern.compile("[ñ¿¡áéíóúü]");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code ("en", "es"), or "und" when undetermined. */
    public String code() {
        return code;
    }

    /**
     * English unless the reply reads as Spanish: more Spanish than English function words, at least three of them
     * (Spanish letters and marks count too). A Spanish greeting inside an English reply stays English.
     */
    public static Language of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        var words = WORD.matcher(lower);
        int english = 0;
        int spanish = 0;
        int total = 0;
        while (words.find()) {
            String w = words.group();
            total++;
            if (ENGLISH_WORDS.contains(w)) {
                english++;
            }
            if (SPANISH_WORDS.contains(w)) {
                spanish++;
            }
        }
        spanish += (int) SPANISH_MARKS.matcher(lower).results().count();
        if (spanish >= 3 && spanish > 2 * english) {
            return SPANISH;
        }
        return total == 0 || english > 0 || spanish < 2 ? ENGLISH : UNKNOWN;
    }
}
