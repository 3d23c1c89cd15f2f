package com.rapport.scenario;

/**
 * Whether the length of the choices gives the best one away: the share of a scenario's moments (nodes with a best
 * choice) where the best choice is strictly the longest text. A trainee who always clicks the longest reply
 * should not pass, so the validator warns above half.
 *
 * @param moments nodes with two or more choices and a single best one
 * @param bestLongest of those, where the best choice is strictly the longest
 * @param bestShortest of those, where the best choice is the shortest (or as short as the shortest)
 */
public record ChoiceBalance(int moments, int bestLongest, int bestShortest) {

    /** Fewer moments than this say too little about habit to warn on. */
    static final int MIN_MOMENTS = 4;

    public static ChoiceBalance of(Scenario scenario) {
        int moments = 0;
        int longest = 0;
        int shortest = 0;
        for (Node node : scenario.nodes().values()) {
            var best = node.bestChoice();
            if (best.isEmpty()) {
                continue;
            }
            moments++;
            int length = best.get().text().length();
            var others = node.choiceList().stream().filter(c -> c != best.get()).mapToInt(c -> c.text().length());
            var stats = others.summaryStatistics();
            if (length > stats.getMax()) {
                longest++;
            }
            if (length <= stats.getMin()) {
                shortest++;
            }
        }
        return new ChoiceBalance(moments, longest, shortest);
    }

    /** The share of moments where the best choice is the longest, 0-1. */
    public double longestShare() {
        return moments == 0 ? 0 : (double) bestLongest / moments;
    }

    /** Warns when the best choice is the longest in more than half the scenario's moments. */
    static void check(CheckContext context) {
        var balance = of(context.scenario);
        if (balance.moments() >= MIN_MOMENTS && balance.longestShare() > 0.5) {
            context.warning("/nodes", String.format(java.util.Locale.ROOT, "the best choice is the longest in %d of"
                    + " %d moments (%.0f%%): a trainee who always clicks the longest reply would pass; make good"
                    + " replies brief and some poor ones long (at most half, ideally 40%%)", balance.bestLongest(),
                    balance.moments(), 100 * balance.longestShare()));
        }
    }
}
