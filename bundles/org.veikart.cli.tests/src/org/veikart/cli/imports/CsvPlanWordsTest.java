package org.veikart.cli.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.IGrammarAccess;
import org.junit.jupiter.api.Test;
import org.veikart.dsl.PlanStandaloneSetup;
import org.veikart.generator.ValueKind;

/** The words a CSV import reads for enum values are the plan language's keywords for them. */
class CsvPlanWordsTest {

	@Test
	void csvEnumWordsAreTheGrammarsKeywords() {
		IGrammarAccess grammar = PlanStandaloneSetup.doSetup().getInstance(IGrammarAccess.class);
		int checked = 0;
		for (EnumRule rule : EcoreUtil2.getAllContentsOfType(grammar.getGrammar(), EnumRule.class)) {
			for (EnumLiteralDeclaration declaration : EcoreUtil2.getAllContentsOfType(rule, EnumLiteralDeclaration.class)) {
				assertEquals(declaration.getLiteral().getValue(), ValueKind.planWord(declaration.getEnumLiteral().getInstance()),
						rule.getName() + "." + declaration.getEnumLiteral().getName());
				checked++;
			}
		}
		assertTrue(checked > 50, "all enum rules seen: " + checked);
	}
}
