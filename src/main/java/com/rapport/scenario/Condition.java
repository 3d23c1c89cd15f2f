package com.rapport.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@code when:} condition in a scenario file, parsed once. The language is small on purpose:
 * <pre>
 *   identity_verified                      a flag is set
 *   not identity_verified                  it is not
 *   apologies >= 2                         a counter compared with a number (== != &lt; &lt;= &gt; &gt;=)
 *   mood &lt; 4                               the patient's mood, 0-10
 *   score.empathy >= 60                    the running score on a criterion, 0-100 percent
 *   identity_verified and (mood >= 5 or apologies > 0)
 * </pre>
 */
public final class Condition {

    /** What a condition reads while a conversation runs. */
    public interface State {
        boolean flag(String name);

        int counter(String name);

        int mood();

        /** Running percentage on the criterion so far; 100 when nothing has been scored on it yet. */
        int score(Criterion criterion);
    }

    /** A condition that cannot be parsed; the message says where and what was expected. */
    public static final class SyntaxException extends Exception {
        SyntaxException(String message) {
            super(message);
        }
    }

    /** What a condition refers to, for the validator. */
    public sealed interface Term permits Flag, Comparison {
    }

    public record Flag(String name) implements Term {
    }

    /** {@code subject} is "mood", "score.&lt;criterion&gt;" or a counter name. */
    public record Comparison(String subject, String op, int value) implements Term {

        /** Whether some value in [min, max] satisfies this comparison. */
        public boolean satisfiableWithin(int min, int max) {
            for (int v = min; v <= max; v++) {
                if (compare(v, op, value)) {
                    return true;
                }
            }
            return false;
        }
    }

    private sealed interface Expr permits Not, And, Or, Leaf {
    }

    private record Not(Expr inner) implements Expr {
    }

    private record And(Expr left, Expr right) implements Expr {
    }

    private record Or(Expr left, Expr right) implements Expr {
    }

    private record Leaf(Term term) implements Expr {
    }

    private final String source;
    private final Expr expr;
    private final List<Term> terms;

    private Condition(String source, Expr expr, List<Term> terms) {
        this.source = source;
        this.expr = expr;
        this.terms = terms;
    }

    /** Longest condition accepted, in characters; and deepest nesting of parentheses. */
    static final int MAX_LENGTH = 500;
    static final int MAX_DEPTH = 20;

    public static Condition parse(String source) throws SyntaxException {
        if (source.length() > MAX_LENGTH) {
            throw new SyntaxException("condition is " + source.length() + " characters; keep it under " + MAX_LENGTH);
        }
        var parser = new Parser(source);
        Expr expr = parser.or();
        if (parser.pos < parser.tokens.size()) {
            throw new SyntaxException("unexpected '" + parser.tokens.get(parser.pos) + "' in condition \"" + source
                    + "\"");
        }
        return new Condition(source, expr, List.copyOf(parser.terms));
    }

    public List<Term> terms() {
        return terms;
    }

    public boolean test(State state) {
        return eval(expr, state);
    }

    private static boolean eval(Expr e, State state) {
        return switch (e) {
            case Not n -> !eval(n.inner(), state);
            case And a -> eval(a.left(), state) && eval(a.right(), state);
            case Or o -> eval(o.left(), state) || eval(o.right(), state);
            case Leaf l -> switch (l.term()) {
                case Flag f -> state.flag(f.name());
                case Comparison c -> compare(valueOf(c.subject(), state), c.op(), c.value());
            };
        };
    }

    private static int valueOf(String subject, State state) {
        if (subject.equals("mood")) {
            return state.mood();
        }
        if (subject.startsWith("score.")) {
            return state.score(Criterion.fromId(subject.substring("score.".length())));
        }
        return state.counter(subject);
    }

    static boolean compare(int left, String op, int right) {
        return switch (op) {
            case "==" -> left == right;
            case "!=" -> left != right;
            case "<" -> left < right;
            case "<=" -> left <= right;
            case ">" -> left > right;
            case ">=" -> left >= right;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return source;
    }

    private static final class Parser {
        final String source;
        final List<String> tokens = new ArrayList<>();
        final List<Term> terms = new ArrayList<>();
        int pos;
        int depth;

        Parser(String source) throws SyntaxException {
            this.source = source;
            int i = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '(' || c == ')') {
                    tokens.add(String.valueOf(c));
                    i++;
                } else if ("<>=!".indexOf(c) >= 0) {
                    int j = i + 1;
                    if (j < source.length() && source.charAt(j) == '=') {
                        j++;
                    }
                    tokens.add(source.substring(i, j));
                    i = j;
                } else if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.') {
                    int j = i;
                    while (j < source.length() && (Character.isLetterOrDigit(source.charAt(j))
                            || "_-.".indexOf(source.charAt(j)) >= 0)) {
                        j++;
                    }
                    tokens.add(source.substring(i, j));
                    i = j;
                } else {
                    throw new SyntaxException("unexpected character '" + c + "' in condition \"" + source + "\"");
                }
            }
            if (tokens.isEmpty()) {
                throw new SyntaxException("empty condition");
            }
        }

        Expr or() throws SyntaxException {
            Expr left = and();
            while (peek("or")) {
                pos++;
                left = new Or(left, and());
            }
            return left;
        }

        Expr and() throws SyntaxException {
            Expr left = unary();
            while (peek("and")) {
                pos++;
                left = new And(left, unary());
            }
            return left;
        }

        Expr unary() throws SyntaxException {
            if (peek("not")) {
                pos++;
                return new Not(unary());
            }
            if (peek("(")) {
                pos++;
                if (++depth > MAX_DEPTH) {
                    throw new SyntaxException("condition nests parentheses more than " + MAX_DEPTH + " deep");
                }
                Expr inner = or();
                depth--;
                if (!peek(")")) {
                    throw new SyntaxException("missing ')' in condition \"" + source + "\"");
                }
                pos++;
                return inner;
            }
            if (pos >= tokens.size()) {
                throw new SyntaxException("condition \"" + source + "\" ends too soon");
            }
            String name = tokens.get(pos++);
            if (!Character.isLetter(name.charAt(0))) {
                throw new SyntaxException("expected a flag, counter, mood or score.<criterion>, not '" + name
                        + "' in condition \"" + source + "\"");
            }
            if (pos < tokens.size() && "<>=!".indexOf(tokens.get(pos).charAt(0)) >= 0) {
                String op = tokens.get(pos++);
                if (!List.of("==", "!=", "<", "<=", ">", ">=").contains(op)) {
                    throw new SyntaxException("'" + op + "' is not a comparison; use == != < <= > >=");
                }
                if (pos >= tokens.size()) {
                    throw new SyntaxException("condition \"" + source + "\" ends after '" + op + "'");
                }
                String number = tokens.get(pos++);
                int value;
                try {
                    value = Integer.parseInt(number);
                } catch (NumberFormatException e) {
                    throw new SyntaxException("'" + number + "' is not a whole number in condition \"" + source
                            + "\"");
                }
                var term = new Comparison(name.toLowerCase(Locale.ROOT), op, value);
                terms.add(term);
                return new Leaf(term);
            }
            var term = new Flag(name);
            terms.add(term);
            return new Leaf(term);
        }

        boolean peek(String token) {
            return pos < tokens.size() && tokens.get(pos).equals(token);
        }
    }
}
