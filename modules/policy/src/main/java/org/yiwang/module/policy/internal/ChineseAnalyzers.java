package org.yiwang.module.policy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The two views of Chinese text the index keeps: words segmented by smartcn (field {@code all_cn},
 * precise, ranked higher) and overlapping character bigrams plus single characters ({@code all_bi};
 * {@code title_bi} for the title boost), which find any two-character sequence inside longer words
 * and phrases (融资 in 股权融资服务, 精特 in 专精特新) whatever the segmenter decided.
 */
final class ChineseAnalyzers {

    /** Title and text together: what a query must match. */
    static final String BODY_CN = "all_cn";
    static final String TITLE_BI = "title_bi";
    static final String BODY_BI = "all_bi";

    final Analyzer smart = new SmartChineseAnalyzer();
    /** Bigrams and unigrams: what documents are indexed with. */
    final Analyzer bigramIndex = new Bigrams(true);
    /** Bigrams only (a lone character stays a unigram): what queries are analysed with. */
    final Analyzer bigramQuery = new Bigrams(false);
    final Analyzer perField = new PerFieldAnalyzerWrapper(smart, Map.of(TITLE_BI, bigramIndex, BODY_BI, bigramIndex));

    /** The tokens an analyzer makes of a text. */
    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static final class Bigrams extends Analyzer {
        private final boolean unigrams;

        Bigrams(boolean unigrams) {
            this.unigrams = unigrams;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = new CJKWidthFilter(source);
            ts = new LowerCaseFilter(ts);
            ts = new CJKBigramFilter(ts, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
                    | CJKBigramFilter.HANGUL, unigrams);
            return new TokenStreamComponents(source, ts);
        }
    }
}
