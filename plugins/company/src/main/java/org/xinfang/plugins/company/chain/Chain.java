package org.xinfang.plugins.company.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.xinfang.plugins.company.CompanyCaseForm;

/** The four names of a matter's chain of responsibility, as typed (blank: none). */
public record Chain(String firstResponsible, String directResponsible, String specificResponsible, String specificResponsibleSecond) {

    static Chain of(CompanyCaseForm form) {
        return new Chain(form.getFirstResponsible(), form.getDirectResponsible(), form.getSpecificResponsible(),
                form.getSpecificResponsibleSecond());
    }

    /**
     * The names that differ from {@code before}, as the matter's record shows a change to people who
     * read it: 第一责任人：未填写 → 高建国；直接责任人：刘振华 → 张明.
     */
    String changesFrom(Chain before) {
        List<String> changes = new ArrayList<>();
        change(changes, "第一责任人", before.firstResponsible, firstResponsible);
        change(changes, "直接责任人", before.directResponsible, directResponsible);
        change(changes, "具体责任人（车间党支部书记）", before.specificResponsible, specificResponsible);
        change(changes, "具体责任人（车间主任）", before.specificResponsibleSecond, specificResponsibleSecond);
        return changes.isEmpty() ? "未改动" : String.join("；", changes);
    }

    private static void change(List<String> changes, String label, String was, String is) {
        if (!Objects.equals(was, is)) {
            changes.add(label + "：" + (was == null ? "未填写" : was) + " → " + (is == null ? "未填写" : is));
        }
    }

    /** Writes the names onto {@code form} (which trims them and takes blank for none). */
    void applyTo(CompanyCaseForm form) {
        form.setFirstResponsible(firstResponsible);
        form.setDirectResponsible(directResponsible);
        form.setSpecificResponsible(specificResponsible);
        form.setSpecificResponsibleSecond(specificResponsibleSecond);
    }
}
