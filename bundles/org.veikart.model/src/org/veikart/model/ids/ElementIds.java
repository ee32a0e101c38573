package org.veikart.model.ids;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.veikart.model.Identifiable;
import org.veikart.model.VeikartPackage;

/**
 * Stable element ids of the form {@code <prefix>-<8 chars>}, e.g. {@code goal-7f3kq2m9}: the prefix
 * names the class ({@code plan}, {@code goal}, {@code area}, {@code strategy}, {@code measure},
 * {@code indicator}, {@code actor}, ...), the rest is random from a 32-letter lower-case alphabet
 * without look-alikes (0-9, a-z without i, l, o, u), i.e. 40 random bits.
 * <p>
 * Ids are the XMI URI fragments of elements, so references survive reordering, saving and
 * reloading. {@link #ensureIds(Resource)} only fills in missing ids: an existing id is never
 * changed.
 */
public final class ElementIds
{
	static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
	static final int RANDOM_LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final VeikartPackage P = VeikartPackage.eINSTANCE;
	private static final Map<EClass, String> PREFIXES = Map.ofEntries(
			Map.entry(P.getPlan(), "plan"),
			Map.entry(P.getActorRegistry(), "registry"),
			Map.entry(P.getPlanPart(), "part"),
			Map.entry(P.getDocumentRelation(), "relation"),
			Map.entry(P.getGoal(), "goal"),
			Map.entry(P.getFocusArea(), "area"),
			Map.entry(P.getStrategy(), "strategy"),
			Map.entry(P.getMeasure(), "measure"),
			Map.entry(P.getIndicator(), "indicator"),
			Map.entry(P.getMeasurement(), "measurement"),
			Map.entry(P.getSdgCatalogue(), "sdg-catalogue"),
			Map.entry(P.getSdgGoal(), "sdg"),
			Map.entry(P.getSdgTarget(), "sdg"),
			Map.entry(P.getActor(), "actor"),
			Map.entry(P.getSource(), "source"),
			Map.entry(P.getSection(), "section"),
			Map.entry(P.getParagraph(), "para"),
			Map.entry(P.getQuote(), "quote"),
			Map.entry(P.getFactBox(), "factbox"),
			Map.entry(P.getFigureCaption(), "figure"),
			Map.entry(P.getBulletList(), "list"),
			Map.entry(P.getSourceList(), "sources"));

	private ElementIds()
	{
	}

	/**
	 * @param type the class of the element the id is for; not null
	 * @return a new random id with the prefix of {@code type}; unique with overwhelming probability
	 *         (use {@link #ensureIds(Resource)} to guarantee uniqueness within a resource set)
	 */
	public static String newId(EClass type)
	{
		Objects.requireNonNull(type, "type");
		StringBuilder id = new StringBuilder(prefix(type)).append('-');
		for (int i = 0; i < RANDOM_LENGTH; i++)
		{
			id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return id.toString();
	}

	/** @return the id prefix of {@code type}: a fixed short name, else the class name in kebab-case */
	public static String prefix(EClass type)
	{
		String prefix = PREFIXES.get(type);
		if (prefix != null)
		{
			return prefix;
		}
		return type.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	/**
	 * Gives every {@link Identifiable} of {@code resource} whose id is null or blank a new id that is
	 * unique among the ids of all resources in the resource set (or of the resource, when it has no
	 * set). Existing ids, even duplicate ones, are left alone (the checker reports duplicates).
	 *
	 * @return the number of ids assigned
	 */
	public static int ensureIds(Resource resource)
	{
		return ensureIds(resource, ElementIds::newId);
	}

	/** {@link #ensureIds(Resource)} with a given id generator (test hook for collisions). */
	static int ensureIds(Resource resource, Function<EClass, String> generator)
	{
		Set<String> used = new HashSet<>();
		List<Resource> scope = resource.getResourceSet() == null ? List.of(resource)
				: List.copyOf(resource.getResourceSet().getResources());
		for (Resource r : scope)
		{
			r.getAllContents().forEachRemaining(e -> {
				if (e instanceof Identifiable identifiable && !missing(identifiable.getId()))
				{
					used.add(identifiable.getId());
				}
			});
		}
		int assigned = 0;
		for (var it = resource.getAllContents(); it.hasNext();)
		{
			if (it.next() instanceof Identifiable element && missing(element.getId()))
			{
				String id;
				do
				{
					id = generator.apply(element.eClass());
				}
				while (!used.add(id));
				element.setId(id);
				assigned++;
			}
		}
		return assigned;
	}

	private static boolean missing(String id)
	{
		return id == null || id.isBlank();
	}
}
