package org.xinfang.core.domain.model.cases;

import java.util.HashMap;
import java.util.Map;

/**
 * How alike two matters read: the Dice coefficient of their character pairs (bigrams), after dropping
 * spaces and punctuation. Chinese has no word breaks, and petitioners retell the same facts in other
 * words and order; overlapping character pairs catch that where exact comparison would not.
 */
public final class MatterSimilarity {

    /** From this score on, two filings of the same petitioner are taken for the same matter. */
    public static final double SAME_MATTER = 0.6;

    private MatterSimilarity() {
    }

    /** 0 for nothing in common, 1 for the same text. */
    public static double of(String a, String b) {
        Map<String, Integer> x = bigrams(a);
        Map<String, Integer> y = bigrams(b);
        int total = x.values().stream().mapToInt(Integer::intValue).sum() + y.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 0;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> e : x.entrySet()) {
            shared += Math.min(e.getValue(), y.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * shared / total;
    }

    /** The matter of a case as compared: its subject and content. */
    public static String matterOf(Case c) {
        return (c.getSubject() == null ? "" : c.getSubject()) + (c.getContent() == null ? "" : c.getContent());
    }

    private static Map<String, Integer> bigrams(String text) {
        String plain = text == null ? "" : text.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s\\u3000]", "");
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + 2 <= plain.length(); i++) {
            counts.merge(plain.substring(i, i + 2), 1, Integer::sum);
        }
        return counts;
    }
}
