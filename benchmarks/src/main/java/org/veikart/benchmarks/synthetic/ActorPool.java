package org.veikart.benchmarks.synthetic;

import java.util.ArrayList;
import java.util.List;

import org.veikart.model.Actor;
import org.veikart.model.ActorKind;
import org.veikart.model.Plan;

/**
 * The plan's shared pool of actors: the municipality and its units, universities, the hospital,
 * business councils, programmes and clusters named in the seeds (with aliases such as "Oslo Met" /
 * "OsloMet"), plus generated local businesses and councils so larger plans have a larger pool.
 * All actors are contained in {@link Plan#getActors()}; measures reference them as responsible
 * and partners.
 */
final class ActorPool {

    private final GenerationContext context;
    private final List<Actor> all = new ArrayList<>();
    private final List<Actor> units = new ArrayList<>();
    private Actor municipality;

    ActorPool(GenerationContext context) {
        this.context = context;
    }

    /** Creates {@code size} actors (at least the fixed ones) in the plan's actor list. */
    void populate(Plan plan, String municipalityName, int size) {
        municipality = actor(plan, municipalityName + " kommune", ActorKind.MUNICIPALITY, "Kommunen");
        plan.setOwner(municipality);
        for (String unit : List.of("Næring og samfunnsutvikling", "Plan, bygg og geodata", "Innkjøp", "Kultur")) {
            Actor actor = actor(plan, unit, ActorKind.MUNICIPALITY);
            actor.setPartOf(municipality);
            units.add(actor);
        }
        actor(plan, "Kommunestyret", ActorKind.POLITICAL_BODY);
        actor(plan, "Viken fylkeskommune", ActorKind.COUNTY, "Viken");
        actor(plan, "Innovasjon Norge", ActorKind.STATE_AGENCY);
        actor(plan, "OsloMet", ActorKind.UNIVERSITY, "Oslo Met", "OsloMet – storbyuniversitetet");
        actor(plan, "Universitetet i Oslo", ActorKind.UNIVERSITY, "UiO");
        actor(plan, "Fagskolen i Viken", ActorKind.COLLEGE);
        actor(plan, "Akershus universitetssykehus", ActorKind.HOSPITAL, "Ahus");
        actor(plan, municipalityName + " Næringsråd", ActorKind.BUSINESS_COUNCIL);
        actor(plan, "Ungt Entreprenørskap", ActorKind.PROGRAMME, "UE");
        actor(plan, "Kjeller Innovasjon", ActorKind.CLUSTER);
        actor(plan, "Kunnskapsbyen Lillestrøm", ActorKind.CLUSTER, "Kunnskapsbyen");
        actor(plan, "Business Lillestrøm", ActorKind.ORGANISATION);
        actor(plan, "Statistisk sentralbyrå", ActorKind.STATE_AGENCY, "SSB");
        for (int i = 0; all.size() < size; i++) {
            String place = NorwegianText.PLACES.get(i % NorwegianText.PLACES.size());
            String theme = NorwegianText.THEMES.get(i % NorwegianText.THEMES.size());
            int round = i / NorwegianText.PLACES.size();
            String suffix = round == 0 ? "" : " " + (round + 1);
            switch (i % 3) {
                case 0 -> actor(plan, place + " Næringsforening" + suffix, ActorKind.BUSINESS_COUNCIL);
                case 1 -> actor(plan, "Klynge for " + theme + suffix, ActorKind.CLUSTER);
                default -> actor(plan, place + " " + capitalise(theme) + " AS" + suffix, ActorKind.BUSINESS);
            }
        }
        context.text.useActorNames(all.stream().skip(units.size() + 2).map(Actor::getName).toList());
    }

    /** A responsible actor: mostly a unit of the municipality, as in real action plans. */
    Actor responsible() {
        return context.chance(0.7) ? context.pick(units) : context.pick(all);
    }

    /** A partner other than the municipality's own units. */
    Actor partner() {
        // skips the municipality, its units and the Kommunestyret (indexes 0..units.size()+1)
        int first = units.size() + 2;
        return all.get(first + context.random.nextInt(all.size() - first));
    }

    Actor byName(String name) {
        return all.stream().filter(a -> a.getName().equals(name)).findFirst().orElseThrow();
    }

    private Actor actor(Plan plan, String name, ActorKind kind, String... aliases) {
        Actor actor = context.add(context.factory.createActor());
        actor.setName(name);
        actor.setKind(kind);
        actor.getAliases().addAll(List.of(aliases));
        plan.getActors().add(actor);
        all.add(actor);
        return actor;
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
