package com.rapport.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be, after NIST SP 800-63B (5.1.1.2): long enough (at least 12 characters), not too long
 * for the hash (at most 64 characters and 72 bytes), and not guessable: not on the shipped list of common passwords
 * (also with trailing digits and symbols removed, so {@code Password2024!} counts as {@code password}), not the
 * username or the product's name, and not one repeated character or a keyboard run. No rules about character
 * classes and no expiry, as NIST advises.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    private static final int MAX_BYTES = 72;
    private static final String LIST = "/security/common-passwords.txt";
    private static final String[] RUNS = {"0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl",
            "zxcvbnm", "1qaz2wsx3edc", "qazwsxedc"};

    /** Why a password is refused; each has a message under {@code password.problem.*}. */
    public enum Problem {
        TOO_SHORT, TOO_LONG, COMMON, CONTAINS_NAME, PREDICTABLE;

        public String messageKey() {
            return "password.problem." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final class Common {
        static final Set<String> WORDS = load();

        private static Set<String> load() {
            var words = new HashSet<String>();
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
                if (in == null) {
                    throw new IllegalStateException("Missing " + LIST);
                }
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = reader.readLine()) != null;) {
                    String word = line.strip().toLowerCase(Locale.ROOT);
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        words.add(word);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(words);
        }
    }

    private PasswordPolicy() {
    }

    /** The first reason this password may not be used by this user, if any. */
    public static Optional<Problem> check(String password, String username) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Problem.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String user = username.strip().toLowerCase(Locale.ROOT);
        if ((user.length() >= 3 && lower.contains(user)) || lower.contains("rapport")) {
            return Optional.of(Problem.CONTAINS_NAME);
        }
        if (isCommon(lower)) {
            return Optional.of(Problem.COMMON);
        }
        if (isPredictable(lower)) {
            return Optional.of(Problem.PREDICTABLE);
        }
        return Optional.empty();
    }

    private static boolean isCommon(String lower) {
        String core = lower.replaceAll("[^\\p{L}]+$", "").replaceAll("^[^\\p{L}]+", "");
        return Common.WORDS.contains(lower) || Common.WORDS.contains(core)
                || Common.WORDS.contains(lower.replaceAll("[^\\p{L}\\p{N}]+$", ""));
    }

    /** One character over and over, or a stretch of a keyboard or alphabet run, repeated to length. */
    private static boolean isPredictable(String lower) {
        if (lower.chars().distinct().count() <= 3) {
            return true;
        }
        for (String run : RUNS) {
            String twice = run + run;
            String reversed = new StringBuilder(twice).reverse().toString();
            if (twice.contains(lower) || reversed.contains(lower)) {
                return true;
            }
        }
        return false;
    }
}
