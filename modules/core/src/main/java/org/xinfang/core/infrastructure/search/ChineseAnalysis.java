package org.xinfang.core.infrastructure.search;

import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.icu.ICUNormalizer2FilterFactory;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerFactory;
import org.apache.lucene.analysis.ngram.NGramTokenizerFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilterFactory;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How the search reads Chinese, the same on either backend (ADR 0041):
 * <ul>
 *   <li>{@value #WORDS}: words as ICU's dictionary segments Chinese (工资, 拖欠; Latin text at spaces), folded
 *       (NFKC, case), which ranks a matter saying the words above one that only holds their characters;</li>
 *   <li>{@value #GRAMS}: every pair of neighbouring characters, full-width and upper case folded, a number's
 *       brackets 〔〕 read as ( ): a phrase of pairs is a fragment of the text, so any fragment typed — part of a name, 欠工 out of 拖欠工资,
 *       the middle of a matter's number — finds its matter, as the list's old substring match did.</li>
 * </ul>
 * On OpenSearch/Elasticsearch, {@value #WORDS} needs the cluster's analysis-icu plugin.
 */
public class ChineseAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    static final String WORDS = "chinese_words";
    static final String GRAMS = "chinese_grams";

    /** The brackets of a document number (〔2026〕) and their look-alikes, read as the ( and ) anyone can type. */
    private static final String OPENING = "[〔【［\\[（]";
    private static final String CLOSING = "[〕】］\\]）]";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(WORDS).custom()
                .tokenizer(ICUTokenizerFactory.class)
                .tokenFilter(ICUNormalizer2FilterFactory.class);
        context.analyzer(GRAMS).custom()
                .tokenizer(NGramTokenizerFactory.class).param("minGramSize", "2").param("maxGramSize", "2")
                .charFilter(PatternReplaceCharFilterFactory.class).param("pattern", OPENING).param("replacement", "(")
                .charFilter(PatternReplaceCharFilterFactory.class).param("pattern", CLOSING).param("replacement", ")")
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class);
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(WORDS).custom().tokenizer("icu_tokenizer").tokenFilters("icu_normalizer");
        context.tokenizer("character_pairs").type("ngram").param("min_gram", 2).param("max_gram", 2);
        context.charFilter("opening_brackets").type("pattern_replace").param("pattern", OPENING).param("replacement", "(");
        context.charFilter("closing_brackets").type("pattern_replace").param("pattern", CLOSING).param("replacement", ")");
        context.analyzer(GRAMS).custom().tokenizer("character_pairs").charFilters("opening_brackets", "closing_brackets")
                .tokenFilters("cjk_width", "lowercase");
    }
}
