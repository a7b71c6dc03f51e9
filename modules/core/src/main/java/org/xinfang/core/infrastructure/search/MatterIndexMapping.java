package org.xinfang.core.infrastructure.search;

import java.util.ArrayList;
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
 *   <li>its scope: the paths of its unit and of every unit above, which a search narrows to the caller's.</li>
 * </ul>
 * A sealed party gives neither name nor phone: a search must not tell who reported (subject, content and
 * document words are stored with the pseudonym already). The case page shows the rest to whoever may see it.
 */
public class MatterIndexMapping implements HibernateOrmSearchMappingConfigurer {

    static final String INDEX = "matter";
    static final String WORDS = "words";
    static final String GRAMS = "grams";
    static final String PHONES = "phones";
    static final String SCOPE = "scope";

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
                    schema.field(SCOPE, f -> f.asString()).multiValued().toReference()));
        }
    }

    private record MatterBridge(IndexFieldReference<String> words, IndexFieldReference<String> grams,
                                IndexFieldReference<String> phones,
                                IndexFieldReference<String> scope) implements TypeBridge<Case> {

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
            scopeOf(matter.getUnit().getPath()).forEach(path -> target.addValue(scope, path));
        }
    }

    /** {@code /1/4/9/} lies under {@code /1/}, {@code /1/4/} and itself: the prefixes a caller's units are matched against. */
    static List<String> scopeOf(String path) {
        List<String> prefixes = new ArrayList<>();
        for (int slash = path.indexOf('/', 1); slash > 0; slash = path.indexOf('/', slash + 1)) {
            prefixes.add(path.substring(0, slash + 1));
        }
        return prefixes;
    }
}
