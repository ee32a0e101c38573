package org.veikart.tools.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Geometry inside one box, shared by sizing (before layout) and drawing (after), so text always
 * fits the box it was measured for: a header compartment (optional «enumeration» line, then the
 * name) and, if there are members, a member compartment below a divider.
 */
final class BoxLayout {

    /** One line of text: its baseline offset from the box's top and its font. */
    record Line(String text, FontSpec font, double baseline, boolean centred) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final double width;
    private final double height;
    private final double dividerY;

    BoxLayout(ClassifierBox box, DiagramStyle style) {
        double y = style.padY;
        double widest = 0;
        if (box.kind() == ClassifierBox.Kind.ENUM) {
            y = add("«enumeration»", style.stereotypeFont, y, true, style);
            widest = Math.max(widest, style.width("«enumeration»", style.stereotypeFont));
        }
        FontSpec nameFont = style.nameFont.withItalic(box.kind() == ClassifierBox.Kind.ABSTRACT_CLASS);
        y = add(box.name(), nameFont, y, true, style);
        widest = Math.max(widest, style.width(box.name(), nameFont));
        if (box.kind() == ClassifierBox.Kind.ELSEWHERE) {
            String note = "(on " + box.lines().get(0) + ")";
            y = add(note, style.stereotypeFont, y, true, style);
            widest = Math.max(widest, style.width(note, style.stereotypeFont));
        }
        y += style.padY;
        boolean members = box.kind() != ClassifierBox.Kind.ELSEWHERE && !box.lines().isEmpty();
        dividerY = members ? y : -1;
        if (members) {
            y += style.padY;
            for (String member : box.lines()) {
                y = add(member, style.memberFont, y, false, style);
                widest = Math.max(widest, style.width(member, style.memberFont));
            }
            y += style.padY;
        }
        width = Math.ceil(widest + 2 * style.padX);
        height = Math.ceil(y);
    }

    private double add(String text, FontSpec font, double top, boolean centred, DiagramStyle style) {
        lines.add(new Line(text, font, top + style.ascent(font), centred));
        return top + style.lineHeight(font) + style.lineGap;
    }

    List<Line> lines() {
        return lines;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** Offset of the divider between name and members from the box's top; -1 if there is none. */
    double dividerY() {
        return dividerY;
    }
}
