package org.veikart.sdg;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.veikart.model.SdgCatalogue;
import org.veikart.model.SdgGoal;
import org.veikart.model.SdgTarget;
import org.veikart.model.VeikartFactory;

/**
 * Builds the SDG catalogue model from the files under {@code data/} (see data/README.md).
 * <p>
 * Guarantees for the result: 17 goals numbered 1-17 in order; each with nameNb (FN-sambandet
 * wording), nameEn, titleEn, titleNb, an uppercase "#RRGGBB" colour, and the open-sdg nb short name
 * as alias where it differs from nameNb; targets in catalogue order (numbered, then lettered), each
 * with code "N.x", non-empty textEn, textNb that is null where the nb text repeats an earlier
 * target's, and textNbReviewed false. Ids: "sdg-catalogue-2020", "sdg-8", "sdg-8.2".
 */
public final class SdgCatalogueLoader {

    /** The catalogue version: the 2020 comprehensive review of the framework. */
    public static final String VERSION = "2020";
    static final int GOAL_COUNT = 17;

    private static final Pattern TARGET_KEY = Pattern.compile("(\\d+)-(\\d+|[a-z])-title");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-F]{6}");
    private static final VeikartFactory FACTORY = VeikartFactory.eINSTANCE;

    private SdgCatalogueLoader() {
    }

    /**
     * @return a new, fully built catalogue not contained in any resource
     * @throws IllegalStateException if a data file is missing or incomplete
     */
    public static SdgCatalogue load() {
        Map<String, String> goalsEn = SdgDataFiles.readYamlStrings("en/global_goals.yml");
        Map<String, String> goalsNb = SdgDataFiles.readYamlStrings("nb_NO/global_goals.yml");
        Map<Integer, String> namesNb = SdgDataFiles.readGoalCsv("goal-names-nb.csv");
        Map<Integer, String> colours = SdgDataFiles.readGoalCsv("colours.csv");

        SdgCatalogue catalogue = FACTORY.createSdgCatalogue();
        catalogue.setId("sdg-catalogue-" + VERSION);
        catalogue.setVersion(VERSION);
        catalogue.setSource("open-sdg/sdg-translations commit 0cda5858 (translations/en, translations/nb_NO);"
                + " Norwegian goal names: FN-sambandet; colours: UN communications material");
        catalogue.setLicence("MIT (open-sdg/sdg-translations, Copyright (c) 2019 Open SDG)");
        for (int number = 1; number <= GOAL_COUNT; number++) {
            SdgGoal goal = FACTORY.createSdgGoal();
            goal.setId("sdg-" + number);
            goal.setNumber(number);
            goal.setNameNb(required(namesNb.get(number), "goal-names-nb.csv", String.valueOf(number)));
            goal.setNameEn(required(goalsEn.get(number + "-short"), "en/global_goals.yml", number + "-short"));
            goal.setTitleEn(required(goalsEn.get(number + "-title"), "en/global_goals.yml", number + "-title"));
            goal.setTitleNb(goalsNb.get(number + "-title"));
            String openSdgNameNb = goalsNb.get(number + "-short");
            List<String> aliases = goal.getAliases(); // created now, not lazily by concurrent readers
            if (openSdgNameNb != null && !openSdgNameNb.equals(goal.getNameNb())) {
                aliases.add(openSdgNameNb);
            }
            goal.setColour(colour(colours.get(number), number));
            catalogue.getGoals().add(goal);
        }
        addTargets(catalogue);
        return catalogue;
    }

    private static void addTargets(SdgCatalogue catalogue) {
        Map<String, String> targetsEn = SdgDataFiles.readYamlStrings("en/global_targets.yml");
        Map<String, String> targetsNb = SdgDataFiles.readYamlStrings("nb_NO/global_targets.yml");
        TreeMap<SdgCode, String> codeToKey = new TreeMap<>(SdgCode.ORDER);
        for (String key : targetsEn.keySet()) {
            Matcher matcher = TARGET_KEY.matcher(key);
            if (matcher.matches()) {
                codeToKey.put(SdgCode.parse(matcher.group(1) + "." + matcher.group(2)), key);
            }
        }
        Map<String, SdgTarget> firstWithNbText = new HashMap<>();
        codeToKey.forEach((code, key) -> {
            if (code.goal() < 1 || code.goal() > GOAL_COUNT) {
                throw new IllegalStateException("en/global_targets.yml has " + key + " for a goal that does not exist");
            }
            SdgTarget target = FACTORY.createSdgTarget();
            target.setId("sdg-" + code);
            target.setCode(code.toString());
            target.setTextEn(required(targetsEn.get(key), "en/global_targets.yml", key));
            String textNb = blankToNull(targetsNb.get(key));
            // keys are visited in catalogue order, so the earlier target keeps a repeated text
            if (textNb != null && firstWithNbText.putIfAbsent(textNb, target) == null) {
                target.setTextNb(textNb);
            }
            target.setTextNbReviewed(false);
            catalogue.getGoals().get(code.goal() - 1).getTargets().add(target);
        });
    }

    private static String colour(String hex, int goal) {
        String colour = required(hex, "colours.csv", String.valueOf(goal)).toUpperCase(Locale.ROOT);
        if (!COLOUR.matcher(colour).matches()) {
            throw new IllegalStateException("data/colours.csv: goal " + goal + " has \"" + hex + "\", not #RRGGBB");
        }
        return colour;
    }

    private static String required(String value, String file, String key) {
        if (blankToNull(value) == null) {
            throw new IllegalStateException("data/" + file + " has no text for " + key);
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
