package org.veikart.benchmarks.synthetic;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.veikart.model.SdgCatalogue;
import org.veikart.model.SdgGoal;
import org.veikart.model.SdgReference;
import org.veikart.model.SdgRelationKind;
import org.veikart.model.SdgTarget;
import org.veikart.model.VeikartFactory;

/**
 * A stub SDG catalogue for synthetic plans: the 17 goals (number, Norwegian short name) and the
 * targets N.1–N.3 of each goal (every goal has at least three numbered targets), codes only, no
 * target texts. It sits in its own resource under the URI the real catalogue uses
 * ({@code veikart:/sdg/2020}, fragments "sdg-8" / "sdg-8.2"), so saved plans carry the same
 * hrefs as real ones; it is not part of the plan and not counted in the plan's size. A program that
 * loads a saved synthetic plan calls {@link #install(ResourceSet)} first, as the application installs
 * the real catalogue, so the plan's SDG references resolve.
 */
public final class SdgStubs {

    public static final URI CATALOGUE_URI = URI.createURI("veikart:/sdg/2020");
    private static final List<String> NAMES_NB = List.of("Utrydde fattigdom", "Utrydde sult",
            "God helse og livskvalitet", "God utdanning", "Likestilling mellom kjønnene",
            "Rent vann og gode sanitærforhold", "Ren energi til alle", "Anstendig arbeid og økonomisk vekst",
            "Industri, innovasjon og infrastruktur", "Mindre ulikhet", "Bærekraftige byer og lokalsamfunn",
            "Ansvarlig forbruk og produksjon", "Stoppe klimaendringene", "Livet i havet", "Livet på land",
            "Fred, rettferdighet og velfungerende institusjoner", "Samarbeid for å nå målene");
    static final int TARGETS_PER_GOAL = 3;

    private final SdgCatalogue catalogue;

    SdgStubs() {
        VeikartFactory factory = VeikartFactory.eINSTANCE;
        catalogue = factory.createSdgCatalogue();
        catalogue.setId("sdg-catalogue-2020");
        catalogue.setVersion("2020");
        catalogue.setSource("Veikart benchmark stub (goal names only, no target texts)");
        for (int number = 1; number <= NAMES_NB.size(); number++) {
            SdgGoal goal = factory.createSdgGoal();
            goal.setId("sdg-" + number);
            goal.setNumber(number);
            goal.setNameNb(NAMES_NB.get(number - 1));
            for (int t = 1; t <= TARGETS_PER_GOAL; t++) {
                SdgTarget target = factory.createSdgTarget();
                target.setId("sdg-" + number + "." + t);
                target.setCode(number + "." + t);
                goal.getTargets().add(target);
            }
            catalogue.getGoals().add(goal);
        }
        Resource resource = new XMIResourceImpl(CATALOGUE_URI);
        resource.getContents().add(catalogue);
    }

    /**
     * Adds a stub catalogue resource ({@link #CATALOGUE_URI}) to the set unless one is there.
     *
     * @return the catalogue resource in the set
     */
    public static Resource install(ResourceSet resourceSet) {
        Resource existing = resourceSet.getResource(CATALOGUE_URI, false);
        if (existing != null) {
            return existing;
        }
        Resource resource = new SdgStubs().catalogue.eResource();
        resourceSet.getResources().add(resource);
        return resource;
    }

    SdgGoal goal(int number) {
        return catalogue.getGoals().get(number - 1);
    }

    /** "FNs bærekraftsmål nr. 8", as area headings in seed 002 write it. */
    SdgReference goalReference(int number, SdgRelationKind kind) {
        SdgReference reference = VeikartFactory.eINSTANCE.createSdgReference();
        reference.setKind(kind);
        reference.setGoal(goal(number));
        reference.setLabel("FNs bærekraftsmål nr. " + number);
        return reference;
    }

    SdgReference targetReference(int goalNumber, int targetIndex) {
        SdgTarget target = goal(goalNumber).getTargets().get(targetIndex);
        SdgReference reference = VeikartFactory.eINSTANCE.createSdgReference();
        reference.setTarget(target);
        reference.setLabel("FN-delmål " + target.getCode());
        return reference;
    }

    /** SDGs shown only as an image (Drammen): referenced but not identifiable. */
    SdgReference unspecified() {
        SdgReference reference = VeikartFactory.eINSTANCE.createSdgReference();
        reference.setUnspecified(true);
        reference.setLabel("Bærekraftsmålene vist som bilde");
        return reference;
    }
}
