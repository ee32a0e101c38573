package org.veikart.generator.html;

/**
 * The report's one stylesheet ({@value Document#STYLESHEET}), shared by all pages: system fonts only
 * (no network), text colours with at least 4.5:1 contrast, a visible focus outline, a skip link that
 * appears on focus, status labels that carry text as well as colour, and print rules (no navigation,
 * link targets not expanded, tables not split inside rows).
 */
final class Stylesheet {

	static final String CSS = """
			:root { --text: #1a1a1a; --muted: #4a4a4a; --line: #c8c8c8; --accent: #0b4f8a; --bg-soft: #f3f5f8; }
			* { box-sizing: border-box; }
			html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--text); background: #fff; line-height: 1.5; }
			body { margin: 0 auto; max-width: 72rem; padding: 0 1.25rem 2rem; }
			a { color: var(--accent); }
			a:focus, [tabindex]:focus { outline: 3px solid #e07b00; outline-offset: 2px; }
			.skip-link { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; z-index: 10; }
			.skip-link:focus { left: 1rem; }
			.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
			header.site { border-bottom: 1px solid var(--line); padding: .75rem 0; }
			.plan-header { padding: 1rem 0; border-bottom: 3px solid var(--accent); }
			.plan-header .kind { text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 0; font-size: .9rem; }
			h1 { font-size: 2rem; margin: .25rem 0 .75rem; line-height: 1.2; }
			h2 { font-size: 1.5rem; margin-top: 2.5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
			h3 { font-size: 1.2rem; margin-top: 1.75rem; }
			h4, h5, h6 { font-size: 1.05rem; }
			dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0; }
			dl.facts dt { font-weight: 600; color: var(--muted); }
			dl.facts dd { margin: 0; }
			nav.toc { background: var(--bg-soft); padding: .5rem 1.25rem; margin: 1.5rem 0; border-radius: 4px; }
			nav.toc h2 { border: 0; margin: .5rem 0; font-size: 1.1rem; }
			nav.toc ol { margin: 0; padding-left: 1.25rem; }
			ul.tree { list-style: none; padding-left: 1.25rem; border-left: 2px solid var(--line); margin: .5rem 0; }
			section.focus-area > ul.tree, section.part > ul.tree { padding-left: .75rem; }
			.element-title { font-weight: 600; margin: .75rem 0 .25rem; }
			ul.tree .element-title { font-weight: 400; }
			ul.tree .element-title .code, section.focus-area > ul.strategies > li > .element-title { font-weight: 600; }
			.term { font-weight: 400; color: var(--muted); }
			.code { font-variant-numeric: tabular-nums; }
			.missing { font-weight: 400; font-size: .85rem; background: #fff3cd; color: #5c4400; border: 1px solid #b38600; border-radius: 3px; padding: 0 .3rem; }
			.note { font-size: .9rem; color: var(--muted); margin: .25rem 0; }
			.label { font-weight: 600; }
			.links { margin: .25rem 0; font-size: .95rem; }
			ul.sdgs { list-style: none; padding: 0; margin: .35rem 0; display: flex; flex-wrap: wrap; gap: .35rem; }
			li.sdg { padding: .1rem .5rem; border-radius: 3px; font-size: .85rem; border: 1px solid rgba(0,0,0,.25); }
			li.sdg-unspecified { background: #eee; color: var(--text); }
			section.focus-area { border-top: 1px solid var(--line); margin-top: 1.5rem; }
			table { border-collapse: collapse; margin: .75rem 0; font-size: .95rem; }
			caption { text-align: left; font-weight: 600; padding: .25rem 0; color: var(--muted); }
			th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
			thead th { background: var(--bg-soft); }
			tbody th { font-weight: 400; }
			table.timeline td:last-child { white-space: nowrap; }
			td.number { text-align: right; font-variant-numeric: tabular-nums; }
			.table-scroll { overflow-x: auto; max-width: 100%; }
			table.sdg-matrix { table-layout: fixed; width: 100%; min-width: 48rem; }
			table.sdg-matrix thead th:first-child { width: 13rem; }
			table.sdg-matrix thead th:last-child { width: 4.5rem; }
			table.sdg-matrix th.sdg-col { text-align: center; padding: .3rem 0; }
			table.sdg-matrix td { padding: .2rem .1rem; }
			table.sdg-matrix td.hit { text-align: center; background: #eef4fb; }
			table.sdg-matrix .hit-text { display: block; font-size: .7rem; color: var(--muted); overflow-wrap: normal; hyphens: auto; }
			.sdg-legend { font-size: .85rem; color: var(--muted); }
			table.timeline td.active { background: #dbe8f5; text-align: center; }
			table.timeline .bar { font-size: .8rem; color: #0b3a66; }
			.status { padding: .05rem .45rem; border-radius: 3px; font-weight: 600; border: 1px solid; }
			.status-on-track { background: #dff3e4; color: #14532d; border-color: #2e7d45; }
			.status-at-risk { background: #fff3cd; color: #5c4400; border-color: #b38600; }
			.status-off-track { background: #fde2e1; color: #7f1d1d; border-color: #b42318; }
			figure { margin: 1rem 0; }
			figure.quote blockquote { margin: 0; padding-left: 1rem; border-left: 4px solid var(--accent); font-style: italic; }
			aside.factbox { background: var(--bg-soft); border: 1px solid var(--line); padding: .5rem 1rem; margin: 1rem 0; }
			figure.diagram .diagram-canvas { overflow-x: auto; border: 1px solid var(--line); padding: .5rem; }
			figure.diagram svg { max-width: 100%; height: auto; }
			footer.site { border-top: 1px solid var(--line); margin-top: 3rem; color: var(--muted); font-size: .85rem; }
			@media print {
			  header.site, nav.toc, .skip-link { display: none; }
			  body { max-width: none; padding: 0; font-size: 10.5pt; }
			  a { color: inherit; text-decoration: none; }
			  h2, h3 { break-after: avoid; }
			  tr, figure, aside { break-inside: avoid; }
			  .table-scroll { overflow: visible; }
			  th, td { border-color: #888; }
			  li.sdg, th.sdg-col, .status { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
			}
			""";

	private Stylesheet() {
	}
}
