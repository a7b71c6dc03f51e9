package org.xinfang.plugins.discipline.joint;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * A year's joint-investigation figures, for the committee and per team, counted from the joint cases
 * themselves (never typed in): found on the register, repeats, about a unit's head, selected, and of
 * the selected ones 立案, 信访结案 and still in verification, with the money recovered (违纪款收缴) and
 * the other results.
 */
public record Figures(int year, Row total, List<Row> teams) {

    public Figures {
        teams = List.copyOf(teams);
    }

    /** One line of the table: the committee's year, or one team's share of it. */
    public record Row(String label, int found, int repeats, int aboutUnitHeads, int selected, int filed, int concluded,
                      int verifying, BigDecimal moneyRecovered, BigDecimal lossesRecovered, int contractsEnded,
                      BigDecimal paymentsRestored) {

        /** Counts {@code cases}: every one was found; the selected ones carry outcomes and money. */
        public static Row count(String label, Collection<JointCase> cases) {
            int found = cases.size();
            int repeats = (int) cases.stream().filter(JointCase::isRepeatReport).count();
            int heads = (int) cases.stream().filter(JointCase::isAboutUnitHead).count();
            List<JointCase> selected = cases.stream().filter(c -> c.getStatus() == JointStatus.SELECTED).toList();
            int filed = (int) selected.stream().filter(c -> c.getOutcome() == JointOutcome.FILED).count();
            int concluded = (int) selected.stream().filter(c -> c.getOutcome() == JointOutcome.CONCLUDED).count();
            BigDecimal money = selected.stream().map(JointCase::getMoneyCollected).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal losses = selected.stream().map(JointCase::getLossesRecovered).reduce(BigDecimal.ZERO, BigDecimal::add);
            int contracts = selected.stream().mapToInt(JointCase::getContractsEnded).sum();
            BigDecimal payments = selected.stream().map(JointCase::getPaymentsRestored).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Row(label, found, repeats, heads, selected.size(), filed, concluded, selected.size() - filed - concluded,
                    money, losses, contracts, payments);
        }
    }
}
