package org.veikart.benchmarks.synthetic;

import java.util.ArrayList;
import java.util.List;

import org.veikart.model.BulletList;
import org.veikart.model.FactBox;
import org.veikart.model.FigureCaption;
import org.veikart.model.FocusArea;
import org.veikart.model.Paragraph;
import org.veikart.model.Plan;
import org.veikart.model.ProseBlock;
import org.veikart.model.Quote;
import org.veikart.model.Section;
import org.veikart.model.SourceList;

/**
 * The plan's prose as an HTML report would reproduce it (seed 002): foreword with a quote,
 * background with a status subsection (fact box with baselines, figure caption), values as a
 * bullet list, one section per top-level focus area, and the source list. Returns the focus-area
 * sections so leaf areas can add their subsections.
 */
final class ProseBuilder {

    private final GenerationContext context;

    ProseBuilder(GenerationContext context) {
        this.context = context;
    }

    List<Section> build(Plan plan, List<FocusArea> tops) {
        Section foreword = section(plan.getSections(), null, "Forord");
        paragraph(foreword, 3, 6);
        paragraph(foreword, 2, 4);
        Quote quote = block(foreword, context.factory.createQuote());
        quote.setText("Vi skal være en kommune der det er enkelt å etablere og drive virksomhet.");
        quote.setAttribution("Ordfører");

        Section background = section(plan.getSections(), null, "Bakgrunn");
        paragraph(background, 3, 6);
        Section status = section(background.getSubsections(), null, "Status");
        paragraph(status, 2, 5);
        FactBox facts = block(status, context.factory.createFactBox());
        facts.setTitle("Fakta");
        facts.getItems().addAll(List.of("18. plass i NHO Kommune-NM (2021)", "8,2 % kunnskapsintensive arbeidsplasser (10 % nasjonalt)",
                "NOK 650 000 verdiskaping per sysselsatt (692 000 nasjonalt)"));
        FigureCaption figure = block(status, context.factory.createFigureCaption());
        figure.setText("Figur 1: Sysselsetting etter næring, 2021");
        figure.setImage("figurer/sysselsetting-2021.png");

        Section values = section(plan.getSections(), null, "Verdier");
        BulletList bullets = block(values, context.factory.createBulletList());
        bullets.getItems().addAll(List.of("Åpen", "Modig", "Skapende", "Bærekraftig"));

        List<Section> areaSections = new ArrayList<>();
        for (FocusArea top : tops) {
            Section section = section(plan.getSections(), top.getCode(), top.getTitle());
            paragraph(section, 2, 4);
            areaSections.add(section);
        }
        Section sources = section(plan.getSections(), null, "Kilder");
        SourceList list = block(sources, context.factory.createSourceList());
        list.getEntries().addAll(plan.getSources());
        return areaSections;
    }

    private Section section(List<Section> container, String code, String title) {
        Section section = context.add(context.factory.createSection());
        section.setCode(code);
        section.setTitle(title);
        container.add(section);
        return section;
    }

    private void paragraph(Section section, int min, int max) {
        Paragraph paragraph = block(section, context.factory.createParagraph());
        paragraph.setText(context.text.paragraph(min, max));
    }

    private <T extends ProseBlock> T block(Section section, T block) {
        context.add(block);
        section.getBlocks().add(block);
        return block;
    }
}
