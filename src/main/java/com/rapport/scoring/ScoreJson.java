package com.rapport.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.rapport.scenario.Criterion;

/** The reply score as the JSON object the {@code score} command prints; field order is fixed. */
public final class ScoreJson {

    private ScoreJson() {
    }

    /** A reply scored at a moment: the reply's reading, then whether it was scored and its share of the points. */
    public static Map<String, Object> of(MomentScore moment) {
        var json = of(java.util.Objects.requireNonNull(moment.reply()));
        json.put("scored", moment.scored());
        json.put("percent", moment.percent());
        return json;
    }

    public static Map<String, Object> of(ReplyScore score) {
        var criteria = new LinkedHashMap<String, Object>();
        for (Criterion c : Criterion.values()) {
            var result = score.criteria().get(c);
            var evidence = new ArrayList<Map<String, Object>>();
            for (ReplyScore.Evidence e : result.evidence()) {
                var item = new LinkedHashMap<String, Object>();
                item.put("start", e.start());
                item.put("end", e.end());
                item.put("text", e.text());
                item.put("signal", e.signal());
                item.put("reason", e.reason());
                evidence.add(item);
            }
            var entry = new LinkedHashMap<String, Object>();
            entry.put("level", result.level());
            entry.put("evidence", evidence);
            criteria.put(c.id(), entry);
        }
        List<Map<String, Object>> violations = new ArrayList<>();
        for (ReplyScore.Violation v : score.violations()) {
            var item = new LinkedHashMap<String, Object>();
            item.put("criterion", v.criterion().id());
            item.put("severity", v.severity().id());
            item.put("start", v.start());
            item.put("end", v.end());
            item.put("text", v.text());
            item.put("reason", v.reason());
            violations.add(item);
        }
        var json = new LinkedHashMap<String, Object>();
        json.put("criteria", criteria);
        json.put("violations", violations);
        json.put("intent", score.intent());
        json.put("confidence", Math.round(score.confidence() * 1000) / 1000.0);
        json.put("language", score.language().code());
        json.put("scored", score.scored() && score.understood());
        return json;
    }
}
