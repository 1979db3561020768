package org.yiwang.module.policy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Snippets for search results: a window of the text around the densest cluster of query words,
 * HTML-escaped, with every occurrence of a query word (the words as typed and their smartcn
 * segments of two or more characters) wrapped in {@code <em>…</em>}. Nothing else in the output is
 * markup, so the portal may insert it as HTML.
 */
final class Highlighter {

    static final int WINDOW = 120;

    private Highlighter() {
    }

    static Set<String> terms(ChineseAnalyzers analyzers, String q) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : q.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            terms.add(word.toLowerCase(Locale.ROOT));
            for (String t : ChineseAnalyzers.tokens(analyzers.smart, ChineseAnalyzers.BODY_CN, word)) {
                if (t.codePointCount(0, t.length()) >= 2 && word.toLowerCase(Locale.ROOT).contains(t)) {
                    terms.add(t);
                }
            }
        }
        return terms;
    }

    /** The snippet of {@code text} for {@code terms}; the text's start when nothing matches. */
    static String snippet(String text, Set<String> terms) {
        String folded = text.toLowerCase(Locale.ROOT);
        String lower = folded.length() == text.length() ? folded : text;
        List<int[]> hits = new ArrayList<>();
        List<String> ordered = terms.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String term : ordered) {
            for (int i = lower.indexOf(term); i >= 0; i = lower.indexOf(term, i + 1)) {
                int start = i;
                int end = i + term.length();
                if (hits.stream().noneMatch(h -> start < h[1] && end > h[0])) {
                    hits.add(new int[] {start, end});
                }
            }
        }
        hits.sort(Comparator.comparingInt(h -> h[0]));
        int from = 0;
        if (!hits.isEmpty()) {
            int best = 0;
            int bestCount = -1;
            for (int i = 0; i < hits.size(); i++) {
                int count = 0;
                for (int j = i; j < hits.size() && hits.get(j)[1] <= hits.get(i)[0] + WINDOW; j++) {
                    count++;
                }
                if (count > bestCount) {
                    bestCount = count;
                    best = i;
                }
            }
            from = Math.max(0, hits.get(best)[0] - 20);
        }
        int to = Math.min(text.length(), from + WINDOW);
        StringBuilder out = new StringBuilder(from > 0 ? "…" : "");
        int pos = from;
        for (int[] h : hits) {
            if (h[0] < from || h[1] > to) {
                continue;
            }
            out.append(escape(text.substring(pos, h[0]))).append("<em>").append(escape(text.substring(h[0], h[1])))
                    .append("</em>");
            pos = h[1];
        }
        out.append(escape(text.substring(pos, to)));
        if (to < text.length()) {
            out.append('…');
        }
        return out.toString().replaceAll("\\s+", " ");
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
