package org.xinfang.web.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.xinfang.api.model.UnitLevel;
import org.xinfang.core.application.kernel.EditConflictException;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.application.units.NewUnit;
import org.xinfang.core.application.units.UnitNames;
import org.xinfang.core.application.units.Units;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.web.interfaces.web.LocaleSwitch;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * 单位管理, for administrators (web.xml lets only ADMIN in): the organisation tree, indented; create a
 * unit under a parent picked by name, rename one, move one with everything below it under another
 * parent. The page only gathers input: {@link Units} checks and refuses, naming the field. A renaming
 * or a move carries the version of the unit as this page last read it, so a change someone made
 * meanwhile is refused rather than overwritten.
 */
@Named
@ViewScoped
public class ManageUnits implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One unit as the table and the menus show it. */
    public record Row(long id, String code, String name, String shortName, String levelLabel, String agencyLabel, String sealText,
                      Long parentId, String path, int depth, long version) implements Serializable {
    }

    @Inject
    private Units units;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private WebCaller webCaller;

    @Inject
    private UiMessages messages;

    @Inject
    private LocaleSwitch localeSwitch;

    private List<Row> rows;

    private List<SelectItem> agencyItems;

    // The new unit.
    private Long parentId;
    private String code;
    private String name;
    private String shortName;
    private UnitLevel level;
    private String agencyType;
    private String sealText;

    // The unit chosen to rename or move, as read when it was chosen.
    private Long chosenId;
    private long chosenVersion;
    private String newName;
    private String newShortName;
    private String newSealText;
    private Long newParentId;

    @PostConstruct
    void start() {
        load();
    }

    private void load() {
        Locale locale = localeSwitch.getLocale();
        rows = units.all(webCaller.get()).stream().map(u -> row(u, locale)).toList();
    }

    private Row row(OrgUnit u, Locale locale) {
        return new Row(u.getId(), u.getCode(), u.getName(), u.getShortName(), u.getLevel().label().in(locale),
                plugins.agencyLabel(u.getAgencyType(), locale), u.getSealText(), u.getParent() == null ? null : u.getParent().getId(),
                u.getPath(), u.getDepth(), u.getVersion());
    }

    public void create() {
        if (act(() -> units.create(webCaller.get(), new NewUnit(parentId, code, name, shortName, level, agencyType, sealText)),
                "units.done.created", name)) {
            code = name = shortName = sealText = agencyType = null;
            level = null;
            parentId = null;
        }
    }

    /** Takes the unit of a row (or of the menu) to rename or move, with its names and version as read now. */
    public void edit(Long id) {
        chosenId = id;
        newParentId = null;
        Optional<Row> row = chosen();
        chosenVersion = row.map(Row::version).orElse(0L);
        newName = row.map(Row::name).orElse(null);
        newShortName = row.map(Row::shortName).orElse(null);
        newSealText = row.filter(r -> !r.sealText().equals(r.name())).map(Row::sealText).orElse(null);
    }

    /** The unit menu of the change panel was set: read the chosen unit's names. */
    public void chosenChanged() {
        edit(chosenId);
    }

    public void rename() {
        if (chosenId == null) {
            messages.error(null, messages.text("units.chooseFirst"));
            return;
        }
        if (act(() -> units.rename(webCaller.get(), chosenId, chosenVersion, new UnitNames(newName, newShortName, newSealText)),
                "units.done.renamed", newName)) {
            edit(chosenId);
        }
    }

    public void move() {
        if (chosenId == null) {
            messages.error(null, messages.text("units.chooseFirst"));
            return;
        }
        String moved = chosen().map(Row::name).orElse("");
        if (act(() -> units.move(webCaller.get(), chosenId, chosenVersion, newParentId), "units.done.moved", moved)) {
            edit(chosenId);
        }
    }

    /**
     * Runs one change, says what happened or why not, and reloads the tree; true when it was done. When
     * someone changed the unit meanwhile, the page shows it as it is now, to be changed again from there.
     */
    private boolean act(Supplier<OrgUnit> change, String doneKey, String unitName) {
        try {
            change.get();
        } catch (EditConflictException changedMeanwhile) {
            messages.refused("units.field.", changedMeanwhile);
            load();
            edit(chosenId);
            return false;
        } catch (RuntimeException refused) {
            messages.refused("units.field.", refused);
            return false;
        }
        messages.info(null, messages.text(doneKey, unitName));
        load();
        return true;
    }

    private Optional<Row> chosen() {
        return rows.stream().filter(r -> chosenId != null && r.id() == chosenId).findFirst();
    }

    /** Every unit by name, in tree order: the parent of a new unit. */
    public List<SelectItem> getUnitItems() {
        return rows.stream().map(r -> new SelectItem(r.id(), r.name())).toList();
    }

    /** Where the chosen unit may go: neither itself, nor a unit below it, nor the parent it has. */
    public List<SelectItem> getMoveTargets() {
        Optional<Row> chosen = chosen();
        return rows.stream()
                .filter(r -> chosen.isEmpty() || !r.path().startsWith(chosen.get().path()) && !Long.valueOf(r.id()).equals(chosen.get().parentId()))
                .map(r -> new SelectItem(r.id(), r.name())).toList();
    }

    public List<SelectItem> getLevels() {
        Locale locale = localeSwitch.getLocale();
        return Arrays.stream(UnitLevel.values()).map(l -> new SelectItem(l, l.label().in(locale))).toList();
    }

    /** The general agency type and each installed plugin's, by their labels: read once for the view. */
    public List<SelectItem> getAgencyTypes() {
        if (agencyItems == null) {
            Locale locale = localeSwitch.getLocale();
            agencyItems = units.agencyTypes(webCaller.get()).stream().map(t -> new SelectItem(t, plugins.agencyLabel(t, locale))).toList();
        }
        return agencyItems;
    }

    /** The parent of the chosen unit, by name, for the move panel to say where it hangs now. */
    public String getChosenParentName() {
        return chosen().map(Row::parentId).flatMap(p -> rows.stream().filter(r -> r.id() == p).findFirst()).map(Row::name).orElse(null);
    }

    public List<Row> getRows() {
        return rows;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public void setLevel(UnitLevel level) {
        this.level = level;
    }

    public String getAgencyType() {
        return agencyType;
    }

    public void setAgencyType(String agencyType) {
        this.agencyType = agencyType;
    }

    public String getSealText() {
        return sealText;
    }

    public void setSealText(String sealText) {
        this.sealText = sealText;
    }

    public Long getChosenId() {
        return chosenId;
    }

    public void setChosenId(Long chosenId) {
        this.chosenId = chosenId;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewShortName() {
        return newShortName;
    }

    public void setNewShortName(String newShortName) {
        this.newShortName = newShortName;
    }

    public String getNewSealText() {
        return newSealText;
    }

    public void setNewSealText(String newSealText) {
        this.newSealText = newSealText;
    }

    public Long getNewParentId() {
        return newParentId;
    }

    public void setNewParentId(Long newParentId) {
        this.newParentId = newParentId;
    }
}
