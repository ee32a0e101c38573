package org.veikart.generator.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.veikart.generator.ExportException;
import org.veikart.model.ActorRegistry;
import org.veikart.model.Plan;

/**
 * The static HTML report of a set of plans: {@code index.html}, one page {@code <plan id>.html} per
 * plan, and the shared stylesheet. Every element shown gets its id as {@code id} attribute (once per
 * page), so {@code <plan id>.html#<element id>} addresses it; links between plans of the set work;
 * nothing is loaded from the network. All text is escaped through {@link HtmlWriter}.
 * <p>
 * Takes the roots of the loaded files (plans; actor registries are listed on the index) and a
 * {@link ReportFigureSource} for diagrams. Returns file names with their UTF-8 content; writing them
 * is the caller's job (atomically: see {@code org.veikart.generator.StagedOutput}). Stateless.
 */
public final class HtmlReport {

	/** File name of the start page. */
	public static final String INDEX = Document.INDEX;
	/** File name of the shared stylesheet. */
	public static final String STYLESHEET = Document.STYLESHEET;

	private static final Pattern FILE_SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private final ReportFigureSource figures;

	public HtmlReport(ReportFigureSource figures) {
		this.figures = figures;
	}

	/**
	 * @return file name to content, index first
	 * @throws ExportException if a plan's id cannot name its page (missing, unsafe characters, used twice)
	 */
	public Map<String, byte[]> render(List<? extends EObject> roots) {
		Map<Plan, String> pages = new LinkedHashMap<>();
		List<ActorRegistry> registries = new ArrayList<>();
		for (EObject root : roots) {
			if (root instanceof Plan plan) {
				String page = pageOf(plan);
				if (pages.containsValue(page)) {
					throw new ExportException("two plans have the id " + plan.getId() + "; each plan needs its own page");
				}
				pages.put(plan, page);
			} else if (root instanceof ActorRegistry registry) {
				registries.add(registry);
			}
		}
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put(INDEX, bytes(IndexPage.render(pages, registries)));
		files.put(STYLESHEET, bytes(Stylesheet.CSS));
		for (Map.Entry<Plan, String> entry : pages.entrySet()) {
			PageContext context = new PageContext(entry.getKey(), pages);
			files.put(entry.getValue(), bytes(new PlanPage(figures.figuresFor(entry.getKey())).render(context)));
		}
		return files;
	}

	/** @return {@code <plan id>.html} */
	public static String pageOf(Plan plan) {
		String id = plan.getId();
		if (id == null || !FILE_SAFE_ID.matcher(id).matches() || id.equals("index")) {
			throw new ExportException("the plan \"" + plan.getTitle() + "\" has the id " + id
					+ ", which cannot name its report page (use letters, digits, '.', '_' and '-')");
		}
		return id + ".html";
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
