package org.veikart.dsl.tests.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veikart.dsl.edit.FeatureEdits;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.model.Direction;
import org.veikart.model.Indicator;
import org.veikart.model.Measure;
import org.veikart.model.MeasureStatus;
import org.veikart.model.Plan;
import org.veikart.model.Priority;
import org.veikart.model.VeikartPackage;

/** Feature changes become token replacements, inserted clause lines and removed lines; the rest stays byte for byte. */
class FeatureEditsTest {

	private static final VeikartPackage V = VeikartPackage.eINSTANCE;

	@TempDir
	Path temp;

	private XtextResource parse(String text) {
		PlanWorkspace workspace = PlanWorkspace.create();
		return workspace.parse(workspace.newResourceSet(), URI.createFileURI(temp.resolve("p.plan").toString()), text);
	}

	private static FeatureEdits.Change set(List<FeatureEdits.Change> changes, EObject element, EStructuralFeature feature, Object value) {
		if (value == null || Boolean.FALSE.equals(value)) {
			element.eUnset(feature);
		} else {
			element.eSet(feature, value);
		}
		FeatureEdits.Change change = new FeatureEdits.Change(element, feature, value);
		changes.add(change);
		return change;
	}

	@Test
	void enumsAndReferencesAreReplacedInsertedAndRemovedInPlace() {
		String text = """
				plan p "P" {
				  // a comment that must stay
				  note "first"
				  measure m-1 "Tiltak"
				  measure m-2 "To" { status planned priority low }
				  measure m-3 "Tre" {
				    status ongoing
				    duplicate
				    source "s.txt" line 3
				  }
				  indicator i-1 "I" {
				    direction higher-is-better
				  }
				  note "last"
				}
				""";
		XtextResource resource = parse(text);
		Plan plan = (Plan) resource.getContents().get(0);
		Measure m1 = plan.getMeasures().get(0);
		Measure m2 = plan.getMeasures().get(1);
		Measure m3 = plan.getMeasures().get(2);
		Indicator i1 = plan.getIndicators().get(0);
		List<FeatureEdits.Change> changes = new ArrayList<>();
		set(changes, m1, V.getMeasure_Status(), MeasureStatus.COMPLETED);
		set(changes, m2, V.getMeasure_Priority(), Priority.HIGH);
		set(changes, m2, V.getPlanElement_MeasuredBy(), List.of(i1));
		set(changes, m3, V.getMeasure_Status(), null);
		set(changes, m3, V.getPlanElement_Duplicate(), false);
		set(changes, i1, V.getIndicator_Direction(), Direction.LOWER_IS_BETTER);
		Optional<String> edited = FeatureEdits.apply(resource, changes);
		assertEquals("""
				plan p "P" {
				  // a comment that must stay
				  note "first"
				  measure m-1 "Tiltak" {
				    status completed
				  }
				  measure m-2 "To" { status planned priority high measured-by i-1 }
				  measure m-3 "Tre" {
				    source "s.txt" line 3
				  }
				  indicator i-1 "I" {
				    direction lower-is-better
				  }
				  note "last"
				}
				""", edited.orElse("(no minimal edit)"));
	}

	@Test
	void referenceListsAreReplacedAsOneTokenRangeOrRemovedWithTheirClause() {
		String text = """
				plan p {
				  measure m-1 {
				    measured-by i-1 // which one
				    status planned
				  }
				  measure m-2 { measured-by i-1, i-2 priority low }
				  indicator i-1
				  indicator i-2
				}
				""";
		XtextResource resource = parse(text);
		Plan plan = (Plan) resource.getContents().get(0);
		List<FeatureEdits.Change> changes = new ArrayList<>();
		set(changes, plan.getMeasures().get(0), V.getPlanElement_MeasuredBy(), List.of(plan.getIndicators().get(1), plan.getIndicators().get(0)));
		set(changes, plan.getMeasures().get(1), V.getPlanElement_MeasuredBy(), List.of());
		assertEquals(text.replace("measured-by i-1 // which one", "measured-by i-2, i-1 // which one")
				.replace("{ measured-by i-1, i-2 priority low }", "{ priority low }"),
				FeatureEdits.apply(resource, changes).orElse("(no minimal edit)"));
	}

	@Test
	void aChangeWithoutMinimalEditIsLeftToTheSerializer() {
		XtextResource resource = parse("plan p {\n  measure m-1\n}\n");
		Measure m1 = ((Plan) resource.getContents().get(0)).getMeasures().get(0);
		List<FeatureEdits.Change> changes = new ArrayList<>();
		set(changes, m1, V.getPlanElement_Title(), "Ny tittel"); // a header value not in the text yet
		assertTrue(FeatureEdits.apply(resource, changes).isEmpty());
	}
}
