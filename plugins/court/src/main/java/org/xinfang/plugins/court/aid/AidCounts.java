package org.xinfang.plugins.court.aid;

import org.xinfang.plugins.court.kernel.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.event.UnitMoved;
import org.xinfang.api.port.Spreadsheets;

/**
 * Judicial aid in figures for the courts the caller sees (their units' subtrees, as for cases), and
 * the same figures as an Excel workbook. Counted from the applications themselves, never typed in.
 */
@ApplicationScoped
public class AidCounts {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Inject
    private Spreadsheets spreadsheets;

    @Transactional
    public AidFigures figures(Caller caller, Period period) {
        List<String> paths = List.copyOf(caller.visibility().unitPaths());
        if (paths.isEmpty()) {
            return AidFigures.of(period, List.of(), caller.locale());
        }
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < paths.size(); i++) {
            where.append(i == 0 ? "" : " OR ").append("a.unitPath LIKE :p").append(i);
        }
        TypedQuery<Object[]> query = em.createQuery("SELECT a.state, a.source, COUNT(a), SUM(a.amountAsked), SUM(a.amountGranted),"
                + " SUM(a.amountPaid) FROM JudicialAid a WHERE a.appliedOn BETWEEN :from AND :to AND (" + where + ")"
                + " GROUP BY a.state, a.source", Object[].class)
                .setParameter("from", period.from()).setParameter("to", period.to());
        for (int i = 0; i < paths.size(); i++) {
            query.setParameter("p" + i, paths.get(i) + "%");
        }
        List<AidFigures.Group> groups = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            groups.add(new AidFigures.Group((AidState) row[0], (AidSource) row[1], ((Number) row[2]).longValue(),
                    (BigDecimal) row[3], (BigDecimal) row[4], (BigDecimal) row[5]));
        }
        return AidFigures.of(period, groups, caller.locale());
    }

    /** The figures as a workbook: one sheet, the lines by state, then by source, then the total. */
    @Transactional
    public byte[] workbook(Caller caller, Period period) {
        AidFigures figures = figures(caller, period);
        Locale locale = caller.locale();
        List<List<Object>> rows = new ArrayList<>();
        String byState = Texts.get(locale, "court.aid.figures.byState");
        String bySource = Texts.get(locale, "court.aid.figures.bySource");
        figures.byState().forEach(l -> rows.add(row(byState, l)));
        figures.bySource().forEach(l -> rows.add(row(bySource, l)));
        rows.add(row("", figures.total()));
        List<String> heads = Stream.of("group", "label", "count", "asked", "granted", "paid")
                .map(h -> Texts.get(locale, "court.aid.figures." + h)).toList();
        String title = Texts.get(locale, "court.aid.figures.title", caller.displayName(), period.from().toString(), period.to().toString());
        return spreadsheets.write(List.of(new Spreadsheets.Table(Texts.get(locale, "court.aid.figures.sheet"), title, heads, rows)));
    }

    private static List<Object> row(String group, AidFigures.Line line) {
        return List.of(group, line.label(), line.count(), line.asked(), line.granted(), line.paid());
    }

    /** An administrator moved a court: its aid follows it, seen by its new superiors and no longer by the old. */
    void unitMoved(@Observes UnitMoved moved) {
        em.createNamedQuery("JudicialAid.reroot").setParameter("newPath", moved.newPath())
                .setParameter("cut", moved.oldPath().length() + 1).setParameter("oldPrefix", moved.oldPath() + "%").executeUpdate();
    }
}
