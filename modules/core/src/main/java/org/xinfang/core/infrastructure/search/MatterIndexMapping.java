package org.xinfang.core.infrastructure.search;

import java.util.List;
import java.util.stream.Stream;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.Party;

/**
 * What the full-text index knows of a matter (ADR 0041), mapped here rather than on the entity so that the
 * domain model names no search library. One document per matter:
 * <ul>
 *   <li>its words — number, subject, content, the names of its parties, the words of its notices and
 *       attachments — segmented ({@link ChineseAnalysis#WORDS}) and in character pairs ({@link ChineseAnalysis#GRAMS});</li>
 *   <li>the phone match keys of its parties, so that a phone typed in any form finds the matter without the
 *       index holding a single number;</li>
 *   <li>its unit, which a search narrows to the units the caller sees — read from the tree at each search, so
 *       that a unit moved in the tree takes its matters into its new superiors' searches at once.</li>
 * </ul>
 * A sealed party gives neither name nor phone: a search must not tell who reported (subject, content and
 * document words are stored with the pseudonym already). The case page shows the rest to whoever may see it.
 */
public class MatterIndexMapping implements HibernateOrmSearchMappingConfigurer {

    static final String INDEX = "matter";
    static final String WORDS = "words";
    static final String GRAMS = "grams";
    static final String PHONES = "phones";
    static final String UNIT = "unit";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep matter = context.programmaticMapping().type(Case.class);
        matter.indexed().index(INDEX);
        matter.binder(new MatterBinder());
    }

    /** The fields of a matter's document, and the properties whose change indexes it again. */
    static final class MatterBinder implements TypeBinder {

        @Override
        public void bind(TypeBindingContext context) {
            context.dependencies().use("number").use("subject").use("content").use("unit")
                    .use("parties.name").use("parties.sealedAs").use("parties.phoneKey")
                    .use("documentTexts.words");
            IndexSchemaElement schema = context.indexSchemaElement();
            context.bridge(Case.class, new MatterBridge(
                    schema.field(WORDS, f -> f.asString().analyzer(ChineseAnalysis.WORDS)).multiValued().toReference(),
                    schema.field(GRAMS, f -> f.asString().analyzer(ChineseAnalysis.GRAMS)).multiValued().toReference(),
                    schema.field(PHONES, f -> f.asString()).multiValued().toReference(),
                    schema.field(UNIT, f -> f.asLong()).toReference()));
        }
    }

    private record MatterBridge(IndexFieldReference<String> words, IndexFieldReference<String> grams,
                                IndexFieldReference<String> phones,
                                IndexFieldReference<Long> unit) implements TypeBridge<Case> {

        @Override
        public void write(DocumentElement target, Case matter, TypeBridgeWriteContext context) {
            List<Party> shown = matter.getParties().stream().filter(p -> !p.isSealed()).toList();
            Stream.of(Stream.of(matter.getNumber(), matter.getSubject(), matter.getContent()), shown.stream().map(Party::getName),
                            matter.documentWords().stream())
                    .flatMap(s -> s).forEach(text -> {
                        target.addValue(words, text);
                        target.addValue(grams, text);
                    });
            shown.stream().map(Party::getPhoneKey).filter(k -> k != null).forEach(k -> target.addValue(phones, k));
            target.addValue(unit, matter.getUnit().getId());
        }
    }
}
