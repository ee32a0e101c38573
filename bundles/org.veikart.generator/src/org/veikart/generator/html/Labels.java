package org.veikart.generator.html;

import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;

/**
 * Norwegian (bokmål) display words for the metamodel's enum values in reports. A value without an
 * entry is shown by its literal name in lower case, so a new literal still shows (only less nicely).
 */
final class Labels {

	private static final Map<String, String> WORDS = Map.ofEntries(
			Map.entry("PlanKind.STRATEGY", "Strategi"), Map.entry("PlanKind.ACTION_PLAN", "Handlingsplan"),
			Map.entry("PlanKind.MASTER_PLAN", "Kommuneplan"), Map.entry("PlanKind.MASTER_PLAN_PART", "Del av kommuneplan"),
			Map.entry("PlanKind.SECTOR_PLAN", "Sektorplan"), Map.entry("PlanKind.PROGRAMME", "Program"),
			Map.entry("PlanKind.OTHER", "Annet"),
			Map.entry("PartKind.STRATEGY_PART", "Strategidel"), Map.entry("PartKind.STATUS_PART", "Statusdel"),
			Map.entry("PartKind.ACTION_PART", "Tiltaksdel"), Map.entry("PartKind.OTHER", "Annen del"),
			Map.entry("RelationKind.CONCRETISES", "Konkretiserer"), Map.entry("RelationKind.BUILDS_ON", "Bygger på"),
			Map.entry("RelationKind.SUBORDINATE_TO", "Underordnet"), Map.entry("RelationKind.REFERENCES", "Viser til"),
			Map.entry("RelationKind.REPLACES", "Erstatter"),
			Map.entry("Recurrence.NONE", ""), Map.entry("Recurrence.ONCE", "Én gang"), Map.entry("Recurrence.ANNUAL", "Årlig"),
			Map.entry("Recurrence.CONTINUOUS", "Løpende"), Map.entry("Recurrence.OTHER", "Annet"),
			Map.entry("MeasureStatus.UNSPECIFIED", "Ikke oppgitt"), Map.entry("MeasureStatus.PLANNED", "Planlagt"),
			Map.entry("MeasureStatus.ONGOING", "Pågår"), Map.entry("MeasureStatus.COMPLETED", "Fullført"),
			Map.entry("MeasureStatus.POSTPONED", "Utsatt"), Map.entry("MeasureStatus.CANCELLED", "Avlyst"),
			Map.entry("Priority.UNSPECIFIED", ""), Map.entry("Priority.HIGH", "Høy"), Map.entry("Priority.MEDIUM", "Middels"),
			Map.entry("Priority.LOW", "Lav"),
			Map.entry("Direction.UNSPECIFIED", "Ikke oppgitt"), Map.entry("Direction.HIGHER_IS_BETTER", "Høyere er bedre"),
			Map.entry("Direction.LOWER_IS_BETTER", "Lavere er bedre"), Map.entry("Direction.TARGET_RANGE", "Innenfor et målområde"),
			Map.entry("IndicatorStatus.ON_TRACK", "I rute"), Map.entry("IndicatorStatus.AT_RISK", "Risiko for avvik"),
			Map.entry("IndicatorStatus.OFF_TRACK", "Ikke i rute"),
			Map.entry("SdgRelationKind.CONTRIBUTES_TO", "Bidrar til"), Map.entry("SdgRelationKind.ANCHORED_IN", "Forankret i"),
			Map.entry("SdgRelationKind.SUPPORTS", "Støtter"), Map.entry("SdgRelationKind.CONFLICTS_WITH", "I konflikt med"),
			Map.entry("ActorKind.MUNICIPALITY", "Kommune"), Map.entry("ActorKind.COUNTY", "Fylkeskommune"),
			Map.entry("ActorKind.STATE_AGENCY", "Statlig etat"), Map.entry("ActorKind.UNIVERSITY", "Universitet"),
			Map.entry("ActorKind.COLLEGE", "Høgskole"), Map.entry("ActorKind.HOSPITAL", "Sykehus"),
			Map.entry("ActorKind.BUSINESS_COUNCIL", "Næringsråd"), Map.entry("ActorKind.BUSINESS", "Virksomhet"),
			Map.entry("ActorKind.CLUSTER", "Klynge"), Map.entry("ActorKind.PROGRAMME", "Program"),
			Map.entry("ActorKind.ORGANISATION", "Organisasjon"), Map.entry("ActorKind.POLITICAL_BODY", "Politisk organ"),
			Map.entry("ActorKind.OTHER", "Annet"),
			Map.entry("NoteKind.COMMENT", "Merknad"), Map.entry("NoteKind.MISSING_IN_SOURCE", "Mangler i kilden"),
			Map.entry("NoteKind.EXTRACTION_DAMAGE", "Skade i uttrekket"), Map.entry("NoteKind.EDITORIAL", "Redaksjonelt"),
			Map.entry("NoteKind.ASSUMPTION", "Antakelse"),
			Map.entry("TermLevel.PLAN", "Plan"), Map.entry("TermLevel.PART", "Del"), Map.entry("TermLevel.VISION", "Visjon"),
			Map.entry("TermLevel.AMBITION", "Ambisjon"), Map.entry("TermLevel.MAIN_GOAL", "Hovedmål"),
			Map.entry("TermLevel.EFFECT_GOAL", "Effektmål"), Map.entry("TermLevel.SUB_GOAL", "Delmål"),
			Map.entry("TermLevel.FOCUS_AREA", "Innsatsområde"), Map.entry("TermLevel.STRATEGY", "Strategi"),
			Map.entry("TermLevel.SUB_STRATEGY", "Delstrategi"), Map.entry("TermLevel.MEASURE", "Tiltak"),
			Map.entry("TermLevel.INDICATOR", "Indikator"));

	private Labels() {
	}

	/** @return the display word for an enum value; "" for null and for "none"-like defaults */
	static String of(Enumerator value) {
		if (value == null) {
			return "";
		}
		String key = value.getClass().getSimpleName() + "." + value.getName();
		String word = WORDS.get(key);
		return word != null ? word : value.getName().toLowerCase(Locale.ROOT).replace('_', ' ');
	}
}
