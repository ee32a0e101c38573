package org.veikart.benchmarks.synthetic;

import java.util.List;
import java.util.Random;

/**
 * Norwegian-looking statements in the style of the seed plans (Lillestrøm's handlingsplan):
 * imperative measure sentences, strategy headings, long sub-strategy sentences, goal statements
 * and prose. Templates carry slots ({tema}, {sted}, {næring}, {aktør}) filled from word lists, so
 * texts vary in content and length the way real plans do. Takes the generator's random source;
 * guarantees the same sequence of texts for the same sequence of calls.
 */
final class NorwegianText {

    static final List<String> THEMES = List.of("klima", "energi", "miljø", "helse", "sirkulærøkonomi",
            "grønn mobilitet", "digitalisering", "reiseliv", "landbruk", "kreative næringer", "matproduksjon",
            "bioøkonomi", "smarte byer", "batteriteknologi", "hydrogen", "helseteknologi", "kultur", "logistikk");
    static final List<String> PLACES = List.of("Lillestrøm sentrum", "Kjeller", "Sørumsand", "Fetsund",
            "Skedsmokorset", "Strømmen", "Frogner", "Blaker", "Lørenskog", "Ahus", "Leirsund", "Nittedal");
    static final List<String> INDUSTRIES = List.of("opplevelsesnæringene", "industrien", "handelsnæringen",
            "byggenæringen", "helsenæringen", "landbruket", "reiselivet", "kunnskapsintensive næringer");

    private static final List<String> MEASURES = List.of(
            "Utarbeide aktøranalyse for {tema}",
            "Vurdere forstudie som grunnlag for en mulighetsstudie om {tema}",
            "Aktiv dialog med etablerte aktører innen {tema} gjennom blant annet bedriftsbesøk",
            "Årlig utlysning av næringsfond innen {tema}",
            "Etablere kontakt med {aktør}",
            "Promotere {sted} som studiested",
            "Etablere faste arenaer for dialog og samarbeid med {aktør}",
            "Bidra til å koble næringsliv og akademia for å muliggjøre innovative prosjekter innen {tema}",
            "Samarbeide med gründerfellesskap i {sted}",
            "Se på muligheter for hvordan øke tilgjengelig risikokapital i tidlig fase innen {tema}",
            "Bedriftsbesøk for å motivere til innovasjon i {næring}",
            "Bidra til økt kunnskap om offentlige finansieringsmuligheter for innovative prosjekter",
            "Bidra til videreutvikling av eksisterende nettverk og klynger innen {tema}",
            "Synliggjøre mangfoldet av opplevelser i {sted} for å øke attraktiviteten",
            "Vurdere målrettet omdømmekampanje for {sted}",
            "Legge til rette for samarbeid mellom lokale aktører i {sted}",
            "Øke kunnskapen om offentlige virkemidler innenfor {næring}",
            "Synliggjøre næringsforetak i {sted} som kan bidra inn i framtidig regionalpark",
            "Aktiv dialog med utbyggere i {sted}. Sette tydelige krav til bokvaliteter, arkitektur mm",
            "Vurdere om {sted} kan være testarena for nye løsninger innen {tema}",
            "Synliggjøre resultater innen {tema} – fortelle de gode historiene",
            "Være tilgjengelige for utviklingsaktørene i {sted}",
            "Øke andelen innovative anskaffelser innen {tema}",
            "Initiere minst ett årlig samarbeid mellom kommunen og {aktør}",
            "Kartlegge behovet for næringsarealer i {sted}",
            "Gjennomføre en årlig næringslivsundersøkelse om {tema}",
            "Styrke førstelinjetjenesten for etablerere i {sted}",
            "Utrede en felles satsing på {tema} sammen med {aktør}",
            "Arrangere en årlig møteplass for {næring}",
            "Delta aktivt i samarbeid med {aktør}. Sikre at alle skolene i kommunen kjenner tilbudet");
    private static final List<String> MEASURE_TAILS = List.of(", i samarbeid med {aktør}", " i hele kommunen",
            " i planperioden", ", gjerne i samarbeid med klimafondet", " innen {tema}");
    private static final List<String> STRATEGIES = List.of(
            "Innovasjonsdistrikt {sted}", "Innovasjon og industrielle satsinger innen {tema}",
            "Utdanningsinstitusjoner", "Bedre rammebetingelser for gründere innen {tema}",
            "Økt innovasjonstakt i {næring}", "Flere nettverk og klynger innen {tema}",
            "Synliggjøre lokal attraktivitet i {sted}", "Videreutvikle {sted} som møte-, konferanse- og messedestinasjon",
            "Stedsutvikling med urbane kvaliteter i {sted}", "Mobilitet og infrastruktur", "Gjøre {sted} bedre kjent",
            "Kommunen som tilrettelegger", "Kommunen som innkjøper", "Kommunen som samarbeidspartner",
            "Kompetanse og utdanning innen {tema}", "Grønn omstilling i {næring}", "Attraktive næringsarealer i {sted}");
    private static final List<String> SUB_STRATEGIES = List.of(
            "Legge til rette for nye innovasjoner og utvikling av industri basert på eksisterende fagmiljøer, samt nye satsinger innen {tema}.",
            "Styrke arbeidet med å etablere og tiltrekke nye bedrifter basert på forsknings- og utviklingsarbeidet i {sted}.",
            "Bidra til at studieretninger ved aktuelle utdanningsinstitusjoner bygger opp under kommunens strategiske satsingsområder og regionens kompetansebehov.",
            "Øke attraktiviteten for vekstgründere gjennom gode arenaer, relevante miljøer og tilgang på risikokapital innen {tema}.",
            "Bidra med informasjon om tilgjengelige støtteordninger og innganger til virkemiddelapparatet.",
            "Aktivt bidra i arbeidet med nettverk og klynger innen satsingsområdene {tema} og {tema}.",
            "Synliggjøre lokale attraksjoner innen kultur-, møte- og opplevelsesnæringer for å vise frem {sted} som et attraktivt sted både å bosette seg, reise til og etablere virksomhet i.",
            "Se på hvordan øke samarbeid mellom ulike tilbydere og aktører som kan levere opplevelser til besøkende i {sted}.",
            "Planlegge og understøtte stedsutvikling med urbane kvaliteter, gode møteplasser, parker og uteområder samt attraktiv arkitektur og funksjonelle mobilitetsløsninger.",
            "Bidra til nytenking og innovasjon når det gjelder effektiv infrastruktur og grønne mobilitetsløsninger i hele kommunen.",
            "Legge til rette for gode prosesser i plan-, bygg- og reguleringsarbeidet, med god kapasitet og kompetanse.",
            "I større grad benytte mulighetene som ligger innenfor regimet for innovative anskaffelser og bruke innkjøpskraften til å bidra til mer bærekraftige løsninger innen {tema}.",
            "Være en positiv og aktiv partner for bedrifter, andre aktører og kommuner som ønsker samarbeid på tvers.",
            "Tilgjengeliggjøre informasjon og data for {næring} og delta i relevante prosjekter – som kunde og partner.");
    private static final List<String> EXTRA_SENTENCES = List.of(
            "Det er et mål å kvalifisere flere bedrifter til nasjonale og internasjonale finansieringsordninger.",
            "Dette innebærer et mål om å være en mer attraktiv bostedskommune for barnefamilier.",
            "{aktør} har en viktig rolle i dette arbeidet, i samarbeid med andre aktører i regionen.",
            "Tiltakene er ikke absolutte eller utfyllende, men gir viktige verktøy for planleggingen.",
            "Arbeidet skal bidra til nasjonale og internasjonale målsetninger innen bærekraft.");
    private static final List<String> AREAS = List.of(
            "Fremtidsrettede virksomheter innen {tema} og {tema}", "Innovasjon, klynger og gründerskap innen {tema}",
            "Opplevelser og {næring}", "Attraktiv bo- og arbeidskommune – {sted}", "Næringsvennlig kommune i {sted}",
            "Kompetanse og arbeidskraft innen {tema}", "Grønn omstilling i {næring}", "Sentrumsutvikling i {sted}");
    private static final List<String> SUB_GOALS = List.of(
            "Økt antall arbeidsplasser innen {tema} i {sted}", "Flere nyetableringer innen {tema}",
            "Bedre samarbeid mellom {næring} og {aktør}", "Økt verdiskaping i {næring}",
            "Styrket omdømme for {sted} som etableringssted", "Flere studieplasser innen {tema}");
    private static final List<String> PROSE = List.of(
            "Kommunen har et sterkt utgangspunkt for videre vekst innen {tema}.",
            "Næringslivet i {sted} preges av mange små og mellomstore virksomheter.",
            "I 2021 kom kommunen på 18. plass i NHOs Kommune-NM.",
            "Andelen sysselsatte i kunnskapsintensive næringer er 8,2 %, mot 10 % nasjonalt.",
            "Verdiskapingen per sysselsatt var om lag NOK 650 000, mot 692 000 nasjonalt.",
            "{aktør} er en sentral samarbeidspartner i arbeidet med {tema}.",
            "Strategien er forankret i FNs bærekraftsmål og kommuneplanens samfunnsdel.",
            "Handlingsplanen rulleres årlig og følges opp gjennom økonomiplanen.",
            "Innspill fra næringslivet i {sted} har vært viktige i arbeidet med planen.",
            "Kommunen skal være proaktiv og strategisk i arbeidet med næringsutvikling.");

    private final Random random;
    private List<String> actorNames = List.of("Innovasjon Norge");

    NorwegianText(Random random) {
        this.random = random;
    }

    void useActorNames(List<String> names) {
        this.actorNames = names;
    }

    String measure() {
        String sentence = fill(pick(MEASURES));
        if (random.nextInt(4) == 0) {
            sentence += fill(pick(MEASURE_TAILS));
        }
        return sentence + ".";
    }

    String strategy() {
        return fill(pick(STRATEGIES));
    }

    String subStrategy() {
        String sentence = fill(pick(SUB_STRATEGIES));
        return random.nextInt(4) == 0 ? sentence + " " + fill(pick(EXTRA_SENTENCES)) : sentence;
    }

    String area() {
        return fill(pick(AREAS));
    }

    String subGoal() {
        return fill(pick(SUB_GOALS));
    }

    String extraSentence() {
        return fill(pick(EXTRA_SENTENCES));
    }

    /** A paragraph of {@code min..max} sentences. */
    String paragraph(int min, int max) {
        int sentences = min + random.nextInt(max - min + 1);
        StringBuilder builder = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            builder.append(i == 0 ? "" : " ").append(fill(pick(PROSE)));
        }
        return builder.toString();
    }

    String theme() {
        return pick(THEMES);
    }

    String place() {
        return pick(PLACES);
    }

    /** Replaces every slot with a random word of its kind. */
    String fill(String template) {
        StringBuilder out = new StringBuilder(template.length() + 40);
        int from = 0;
        int open;
        while ((open = template.indexOf('{', from)) >= 0) {
            int close = template.indexOf('}', open);
            out.append(template, from, open).append(word(template.substring(open + 1, close)));
            from = close + 1;
        }
        return out.append(template, from, template.length()).toString();
    }

    private String word(String slot) {
        return switch (slot) {
            case "tema" -> pick(THEMES);
            case "sted" -> pick(PLACES);
            case "næring" -> pick(INDUSTRIES);
            case "aktør" -> pick(actorNames);
            default -> throw new IllegalArgumentException("unknown slot {" + slot + "}");
        };
    }

    private String pick(List<String> items) {
        return items.get(random.nextInt(items.size()));
    }
}
