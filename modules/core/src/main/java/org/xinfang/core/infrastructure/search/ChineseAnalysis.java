package org.xinfang.core.infrastructure.search;

import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.ngram.NGramTokenizerFactory;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How the search reads Chinese, the same on either backend (ADR 0041):
 * <ul>
 *   <li>{@value #WORDS}: words as smartcn segments them (工资, 拖欠), which ranks a matter saying the words
 *       above one that only holds their characters;</li>
 *   <li>{@value #GRAMS}: every pair of neighbouring characters, full-width and upper case folded: a phrase
 *       of pairs is a fragment of the text, so any fragment typed — part of a name, 欠工 out of 拖欠工资,
 *       the middle of a matter's number — finds its matter, as the list's old substring match did.</li>
 * </ul>
 * On OpenSearch/Elasticsearch, {@value #WORDS} needs the cluster's analysis-smartcn plugin.
 */
public class ChineseAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    static final String WORDS = "chinese_words";
    static final String GRAMS = "chinese_grams";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(WORDS).instance(new SmartChineseAnalyzer());
        context.analyzer(GRAMS).custom()
                .tokenizer(NGramTokenizerFactory.class).param("minGramSize", "2").param("maxGramSize", "2")
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class);
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(WORDS).type("smartcn");
        context.tokenizer("character_pairs").type("ngram").param("min_gram", 2).param("max_gram", 2);
        context.analyzer(GRAMS).custom().tokenizer("character_pairs").tokenFilters("cjk_width", "lowercase");
    }
}
