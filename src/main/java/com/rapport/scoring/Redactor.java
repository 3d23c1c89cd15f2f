package com.rapport.scoring;

import java.lang.reflect.RecordComponent;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.rapport.scenario.Scenario;

/**
 * Replaces real-looking personal identifiers in a typed reply with a tag ({@code [PHONE]}) before it is scored or
 * stored, so a trainee who types a real patient's details leaves no trace of them. Deterministic: the same reply,
 * scenario and year always give the same text. What counts, in the order it is looked for:
 * <ul>
 * <li>{@code [EMAIL]} an e-mail address, except at example.com/.org/.net and the .test and .example domains;</li>
 * <li>{@code [CARD]} 13-19 digits, spaces or dashes between, that pass the Luhn check;</li>
 * <li>{@code [SSN]} 3-2-4 digits split by dashes or spaces (a valid area, group and serial);</li>
 * <li>{@code [PHONE]} a North American number written with separators or brackets ((555) 123-4567, 555.123.4567,
 * +1 555 123 4567) or a + international one, except 555-0100 to 555-0199, which are reserved for fiction;</li>
 * <li>{@code [SSN]}, {@code [MRN]}, {@code [ACCOUNT]} a run of 6-17 digits (letters may lead) within 30 characters
 * after "SSN"/"social security", "MRN"/"medical record"/"chart number"/"patient id", or
 * "account"/"member id"/"policy"/"subscriber"/"group number"; then any other 10-digit run is a {@code [PHONE]};</li>
 * <li>{@code [DOB]} a date within 30 characters after "born", "DOB", "date of birth" or "birthday", or any full
 * date whose year is 1900 to last year; dates without a year ("on March 3rd", "5/9") and this year's or later
 * dates (the appointments and call-backs a rep commits to) stay;</li>
 * <li>{@code [ADDRESS]} a house number, a street name and a suffix (12 Oak Street, 4 Elm Ave, 9 Birch Lane).</li>
 * </ul>
 * The scenario's own made-up facts stay: any number, e-mail, date or address that appears anywhere in the scenario
 * (the persona, the patient's lines, the narrator, the choices) is fiction, and repeating it back is what the
 * scenario asks for (and what the HIPAA check scores).
 */
public final class Redactor {

    /** What was replaced; the tag is what takes its place in the reply. */
    public enum Kind {
        EMAIL, CARD, SSN, PHONE, MRN, ACCOUNT, DOB, ADDRESS;

        public String tag() {
            return "[" + name() + "]";
        }
    }

    /** The reply with its identifiers replaced, and what kinds were replaced (in order, never their values). */
    public record Result(String text, List<Kind> kinds) {

        public boolean changed() {
            return !kinds.isEmpty();
        }
    }

    private record Span(int start, int end, Kind kind) {
    }

    private static final int CONTEXT = 30;
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*"
            + "\\.[A-Za-z]{2,})");
    private static final Pattern CARD = Pattern.compile("(?<![\\d-])\\d(?:[ -]?\\d){12,18}(?![\\d-])");
    private static final Pattern SSN = Pattern.compile("(?<![\\d-])(\\d{3})([- ])(\\d{2})\\2(\\d{4})(?![\\d-])");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w-])(?:(?:\\+?1[ .-]?)?(?:\\(\\d{3}\\) ?|\\d{3}[ .-])"
            + "\\d{3}[ .-]\\d{4}|\\d{3}[.-]\\d{4}|\\+\\d{1,3}(?:[ .-]?\\d){6,12})(?![\\w-])");
    private static final Pattern TEN_DIGITS = Pattern.compile("(?<![\\w-])(?:\\+?1)?\\d{10}(?![\\w-])");
    private static final Pattern ID_RUN = Pattern.compile("(?<![\\w$-])[A-Za-z]{0,4}\\d(?:[ -]?\\d){5,16}(?![\\w-])");
    private static final Pattern ID_CONTEXT = Pattern.compile("(ssn|social security|ss#)|(mrn|medical record"
            + "|record number|chart number|patient id|patient number)|(account|acct|member id|member number|member #"
            + "|policy|subscriber|group number|insurance id)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BIRTH_CONTEXT = Pattern.compile("\\bborn\\b|\\bd\\.?o\\.?b\\b|date of birth"
            + "|birth ?date|birthday", Pattern.CASE_INSENSITIVE);
    private static final List<Pattern> DATES = List.of(
            // 3/4/1966, 03-04-66, 3.4.1966 (month first)
            Pattern.compile("(?<![\\d/.-])(?<m>\\d{1,2})([/.-])(?<d>\\d{1,2})\\2(?<y>\\d{4}|\\d{2})"
                    + "(?![\\d/-])(?!\\.\\d)"),
            // 1966-03-04
            Pattern.compile("(?<![\\d/.-])(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})(?![\\d/-])(?!\\.\\d)"),
            // March 4, 1966 / Mar. 4th / March 4
            Pattern.compile("\\b(?<mn>" + MONTH + ")\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?\\b"
                    + "(?:,?\\s+(?<y>\\d{4})\\b)?", Pattern.CASE_INSENSITIVE),
            // 4 March 1966 / 4th of March
            Pattern.compile("\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mn>" + MONTH
                    + ")\\b\\.?(?:,?\\s+(?<y>\\d{4})\\b)?", Pattern.CASE_INSENSITIVE));
    private static final String NAME_WORD = "(?!(?i:the|a|an|to|of|in|on|at|by|for|from|and|or|my|your|our|his|her"
            + "|their|this|that|down|up|more|other|minutes|hours|days|blocks|miles)\\b)[A-Za-z][A-Za-z'-]*\\.?";
    private static final Pattern ADDRESS = Pattern.compile("(?<![\\w$.,-])(?<n>\\d{1,6})\\s+(?<name>"
            + "(?:[NSEW]\\.?\\s+)?(?:" + NAME_WORD + "\\s+){0,2}" + NAME_WORD + ")\\s+(?i:street|st|avenue|ave|road|rd"
            + "|boulevard|blvd|lane|ln|highway|hwy|parkway|pkwy)\\b|(?<![\\w$.,-])(?<n2>\\d{1,6})\\s+(?<name2>"
            + "(?:[A-Z][A-Za-z'-]*\\s+){0,2}[A-Z][A-Za-z'-]*)\\s+(?:Way|Drive|Dr|Court|Ct|Place|Pl|Circle|Cir|Terrace"
            + "|Square|Close|Crescent)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[?!;]|\\.\\s+(?=[A-Z])");
    private static final Set<String> FICTIONAL_DOMAINS = Set.of("example.com", "example.org", "example.net");

    private final Set<String> knownDigits = new HashSet<>();
    private final Set<String> knownEmails = new HashSet<>();
    private final Set<LocalDate> knownDates = new HashSet<>();
    private final Set<MonthDay> knownDays = new HashSet<>();
    private final Set<String> knownAddresses = new HashSet<>();
    private final int thisYear;

    private Redactor(int thisYear) {
        this.thisYear = thisYear;
    }

    /** A redactor that keeps the scenario's own facts (none without a scenario); dates are judged against the year. */
    public static Redactor of(@Nullable Scenario scenario, Year thisYear) {
        var redactor = new Redactor(thisYear.getValue());
        if (scenario != null) {
            var texts = new ArrayList<String>();
            collect(scenario, texts, 0);
            texts.forEach(redactor::learn);
        }
        return redactor;
    }

    /** The reply with every real-looking identifier replaced by its tag. */
    public Result redact(String reply) {
        var spans = new ArrayList<Span>();
        find(reply, spans);
        spans.sort(Comparator.comparingInt(Span::start));
        var out = new StringBuilder();
        var kinds = new ArrayList<Kind>();
        int at = 0;
        for (Span s : spans) {
            out.append(reply, at, s.start()).append(s.kind().tag());
            kinds.add(s.kind());
            at = s.end();
        }
        out.append(reply.substring(at));
        return new Result(out.toString(), List.copyOf(kinds));
    }

    private void find(String text, List<Span> taken) {
        for (Matcher m = EMAIL.matcher(text); m.find();) {
            String domain = m.group(1).toLowerCase(Locale.ROOT);
            if (!FICTIONAL_DOMAINS.contains(domain) && !domain.endsWith(".test") && !domain.endsWith(".example")
                    && !knownEmails.contains(m.group().toLowerCase(Locale.ROOT))) {
                take(taken, m.start(), m.end(), Kind.EMAIL);
            }
        }
        for (Matcher m = CARD.matcher(text); m.find();) {
            String digits = digits(m.group());
            if (digits.length() >= 13 && luhn(digits) && !knownDigits.contains(digits)) {
                take(taken, m.start(), m.end(), Kind.CARD);
            }
        }
        for (Matcher m = SSN.matcher(text); m.find();) {
            if (validSsn(m.group(1), m.group(3), m.group(4)) && !knownDigits.contains(digits(m.group()))) {
                take(taken, m.start(), m.end(), Kind.SSN);
            }
        }
        for (Matcher m = PHONE.matcher(text); m.find();) {
            phone(taken, m);
        }
        for (Matcher m = ID_RUN.matcher(text); m.find();) {
            Kind kind = idKind(text, m.start());
            if (kind != null && !knownDigits.contains(digits(m.group()))) {
                take(taken, m.start(), m.end(), kind);
            }
        }
        for (Matcher m = TEN_DIGITS.matcher(text); m.find();) {
            phone(taken, m);
        }
        for (Pattern p : DATES) {
            for (Matcher m = p.matcher(text); m.find();) {
                dateOfBirth(text, taken, m);
            }
        }
        for (Matcher m = ADDRESS.matcher(text); m.find();) {
            if (!knownAddresses.contains(addressKey(m))) {
                take(taken, m.start(), m.end(), Kind.ADDRESS);
            }
        }
    }

    private void phone(List<Span> taken, Matcher m) {
        String digits = digits(m.group());
        String local = digits.length() >= 7 ? digits.substring(digits.length() - 7) : digits;
        if (!local.startsWith("55501") && !knownDigits.contains(digits) && !knownDigits.contains(local)) {
            take(taken, m.start(), m.end(), Kind.PHONE);
        }
    }

    private void dateOfBirth(String text, List<Span> taken, Matcher m) {
        LocalDate full = null;
        MonthDay day;
        String y = m.group("y");
        try {
            int month = month(m);
            day = MonthDay.of(month, Integer.parseInt(m.group("d")));
            if (y != null) {
                int year = Integer.parseInt(y);
                full = LocalDate.of(y.length() == 2 ? (year + 2000 > thisYear ? 1900 : 2000) + year : year, month,
                        day.getDayOfMonth());
            }
        } catch (DateTimeException | NumberFormatException e) {
            return; // 13/45/2000 is no date
        }
        boolean birth = BIRTH_CONTEXT.matcher(before(text, m.start())).find();
        boolean past = full != null && y.length() == 4 && full.getYear() >= 1900 && full.getYear() < thisYear;
        boolean known = full != null ? knownDates.contains(full) : knownDays.contains(day);
        if ((birth || past) && !known) {
            take(taken, m.start(), m.end(), Kind.DOB);
        }
    }

    private static int month(Matcher m) {
        String name = group(m, "mn");
        if (name == null) {
            return Integer.parseInt(m.group("m"));
        }
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(prefix) + 1;
    }

    private static @Nullable String group(Matcher m, String name) {
        return m.namedGroups().containsKey(name) ? m.group(name) : null;
    }

    /** The kind of identifier the nearest preceding context word announces, or null without one. */
    private static @Nullable Kind idKind(String text, int start) {
        Matcher c = ID_CONTEXT.matcher(before(text, start));
        Kind kind = null;
        while (c.find()) {
            kind = c.group(1) != null ? Kind.SSN : c.group(2) != null ? Kind.MRN : Kind.ACCOUNT;
        }
        return kind;
    }

    /** Up to 30 characters before a position, within its sentence. */
    private static String before(String text, int start) {
        String window = text.substring(Math.max(0, start - CONTEXT), start);
        int from = 0;
        for (Matcher end = SENTENCE_END.matcher(window); end.find();) {
            from = end.end();
        }
        return window.substring(from);
    }

    /** Adds the span unless an earlier (more specific) one already covers part of it. */
    private static void take(List<Span> taken, int start, int end, Kind kind) {
        if (taken.stream().noneMatch(s -> s.start() < end && start < s.end())) {
            taken.add(new Span(start, end, kind));
        }
    }

    /** Remembers what the scenario itself says, so repeating its facts back is never redacted. */
    private void learn(String text) {
        for (Matcher m = Pattern.compile("\\+?\\(?\\d[\\d ().-]*\\d|\\d").matcher(text); m.find();) {
            knownDigits.add(digits(m.group()));
            for (String part : m.group().split("\\D+")) {
                knownDigits.add(part);
            }
        }
        for (Matcher m = EMAIL.matcher(text); m.find();) {
            knownEmails.add(m.group().toLowerCase(Locale.ROOT));
        }
        for (Pattern p : DATES) {
            for (Matcher m = p.matcher(text); m.find();) {
                try {
                    int month = month(m);
                    var day = MonthDay.of(month, Integer.parseInt(m.group("d")));
                    knownDays.add(day);
                    String y = m.group("y");
                    if (y != null && y.length() == 4) {
                        knownDates.add(day.atYear(Integer.parseInt(y)));
                    }
                } catch (DateTimeException | NumberFormatException e) {
                    // not a date
                }
            }
        }
        for (Matcher m = ADDRESS.matcher(text); m.find();) {
            knownAddresses.add(addressKey(m));
        }
    }

    /** An address by its number and the first word of its street name: "48 ferry". */
    private static String addressKey(Matcher m) {
        String number = m.group("n") != null ? m.group("n") : m.group("n2");
        String name = m.group("name") != null ? m.group("name") : m.group("name2");
        return number + " " + name.toLowerCase(Locale.ROOT).split("\\s+")[0];
    }

    /** Every string in the scenario: its record components, lists and maps, walked to a sane depth. */
    private static void collect(@Nullable Object value, List<String> into, int depth) {
        if (value == null || depth > 12) {
            return;
        }
        if (value instanceof String s) {
            into.add(s);
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> collect(v, into, depth + 1));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                collect(k, into, depth + 1);
                collect(v, into, depth + 1);
            });
        } else if (value.getClass().isRecord()) {
            for (RecordComponent rc : value.getClass().getRecordComponents()) {
                try {
                    collect(rc.getAccessor().invoke(value), into, depth + 1);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // a component that cannot be read holds no fact we need
                }
            }
        }
    }

    private static String digits(String s) {
        return s.replaceAll("\\D", "");
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }
        return sum % 10 == 0;
    }

    private static boolean validSsn(String area, String group, String serial) {
        return !area.equals("000") && !area.equals("666") && area.charAt(0) != '9' && !group.equals("00")
                && !serial.equals("0000");
    }
}
