package org.veikart.dsl.tests.ide;

/**
 * The workspace of the IDE tests: shared actors, a strategy, and an action plan that refers to both
 * and has an unknown SDG number, a redundant goal tag and an indicator without a baseline.
 */
final class Fixtures {

	static final String ACTORS = """
			actors felles "Felles aktører" {
			  actor kommunen "Kommunen" { kind municipality }
			  actor universitetet "Universitetet" { kind university }
			}
			""";

	static final String STRATEGY = """
			plan strategien "Strategien" {
			  period 2022 to 2030
			  owner kommunen
			  main-goal s-mal "Hovedmål"
			  indicator s-ind "Arbeidsplasser" {
			    baseline in 2021 value 100
			    target in 2030 value 120
			  }
			}
			""";

	static final String ACTION_PLAN = """
			plan tiltaksplanen "Tiltaksplanen" {
			  period 2022 to 2024
			  owner kommunen
			  concretises strategien
			  focus-area omr-1 code "1." "Næringsutvikling" {
			    strategy str-a code "Strategi A" "Innovasjon" {
			      measure t1 "Tiltak én" {
			        responsible kommunen
			        contributes-to strategien.s-mal
			        sdg 8
			        sdg 8.2
			      }
			    }
			  }
			  indicator ind-1 "Antall bedrifter" {
			    target in 2024 value 10
			  }
			  effect-goal e1 "Effektmål" {
			    measured-by ind-1
			    sdg 19
			  }
			}
			""";

	private Fixtures() {
	}

	/** @return a session on a folder with actors.plan, strategi.plan and tiltak.plan */
	static LspSession session() throws Exception {
		return new LspSession("actors.plan", ACTORS, "strategi.plan", STRATEGY, "tiltak.plan", ACTION_PLAN);
	}
}
