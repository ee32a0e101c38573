package org.veikart.diagram.descriptions;

import org.eclipse.emf.ecore.EObject;
import org.veikart.model.Actor;
import org.veikart.model.PlanElement;
import org.veikart.model.SdgGoal;

/**
 * Node labels of the standard descriptions: the printed code and the title as written (Norwegian),
 * shortened at a word boundary to {@link #MAX_CHARS} characters with an ellipsis (the tooltip keeps
 * the whole text), so one long paragraph does not make a giant node.
 */
public final class Labels {

    /** Longer labels are shortened; the full text goes to the tooltip. */
    public static final int MAX_CHARS = 220;

    private Labels() {
    }

    /** @return "code title", the title alone, or the element's id when it has no title */
    public static String of(EObject element) {
        return shorten(full(element));
    }

    /** @return the full, unshortened label text */
    public static String full(EObject element) {
        if (element instanceof PlanElement planElement) {
            String code = planElement.getCode() == null || planElement.getCode().isBlank() ? null : planElement.getCode();
            String title = planElement.getTitle() != null && !planElement.getTitle().isBlank() ? planElement.getTitle()
                    : planElement.getText() != null && !planElement.getText().isBlank() ? planElement.getText() : null;
            if (title == null) {
                // say what is missing instead of showing an id a planner does not know
                return kindName(element) + (code == null ? "" : " " + code)
                        + (planElement.isMissingInSource() ? " (teksten mangler i kilden)" : " (uten tittel)");
            }
            return code == null ? title : code + " " + title;
        }
        if (element instanceof Actor actor) {
            return actor.getName() != null ? actor.getName() : actor.getId();
        }
        if (element instanceof SdgGoal goal) {
            return goal.getNameNb() != null ? goal.getNameNb() : goal.getNameEn();
        }
        return String.valueOf(element);
    }

    /** @return the text itself, or its first words up to {@link #MAX_CHARS} characters and "…" */
    public static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.strip();
        if (flat.length() <= MAX_CHARS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', MAX_CHARS);
        return flat.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS) + " …";
    }

    /** @return the full text when it was shortened, else null (no tooltip needed beyond the label) */
    public static String tooltip(EObject element) {
        String full = full(element);
        return full.strip().length() > MAX_CHARS ? full : kindName(element) + ": " + full;
    }

    /** @return the Norwegian kind of an element, e.g. "Tiltak" */
    public static String kindName(EObject element) {
        return Styles.kindName(element);
    }
}
