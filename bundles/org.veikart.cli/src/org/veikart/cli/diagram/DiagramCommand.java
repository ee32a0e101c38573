package org.veikart.cli.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.veikart.cli.Command;
import org.veikart.cli.CommandContext;
import org.veikart.cli.CommandException;
import org.veikart.cli.ExitCode;
import org.veikart.cli.validate.PlanFileCollector;
import org.veikart.cli.validate.PlanFormats;
import org.veikart.diagram.Diagrams;
import org.veikart.diagram.SvgOptions;
import org.veikart.diagram.render.DiagramTooLargeException;
import org.veikart.diagram.state.RepresentationFile;
import org.veikart.diagram.state.RepresentationFileReader;
import org.veikart.diagram.state.RepresentationFiles;
import org.veikart.diagram.sync.KnownIds;
import org.veikart.diagram.sync.SettingsCheck;
import org.veikart.model.Plan;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.check.Severity;
import org.veikart.model.io.AtomicFileWriter;

/**
 * {@code veikart diagram [--representation NAME]... [--format svg|png] --out DIR PATH...}: renders
 * diagrams of plans without a display. Plans load as in {@code validate} (references to the other
 * plan files of the folder resolve); the representation file beside each plan
 * ({@code NAME.plan.diagrams.json}) supplies positions, layers and filters when present. Each output
 * is {@code DIR/<plan id>-<representation>.<format>}, written atomically; its path is printed on
 * stdout. DIR is created only when the first diagram is ready to write, so a failed run leaves no
 * empty folder; settings of the representation file that have no effect are warned about. Errors and warnings of the plan become markers on the nodes and are printed on stderr.
 * <p>
 * Exit codes: 0 all written and no errors; 1 a plan or representation file has errors (what could
 * be drawn is still written); 2 usage or I/O problem.
 */
public final class DiagramCommand implements Command {

    private static final String NAME = "diagram";

    private final Diagrams diagrams = Diagrams.standard();
    private final PlanFormats formats = PlanFormats.standard();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "Render plan diagrams (tree, sdg, indicators, timeline) as SVG or PNG";
    }

    @Override
    public String usage() {
        return """
                usage: veikart diagram [--representation NAME]... [--format svg|png] --out DIR PATH...

                Renders diagrams of the plans in PATH (plan files or folders, searched
                recursively for %s) into DIR, one file per plan and representation:
                  DIR/<plan id>-<representation>.svg|png
                Representations: %s (all of them unless --representation is given;
                it may be repeated). --format defaults to svg. No display is needed.
                Positions, layers and filters come from the representation file beside
                each plan (<plan file>%s) when it exists. References to the other .plan
                files in a named file's folder resolve, as in validate. Problems are
                printed as file:line:col on stderr and shown as markers on the nodes.

                Exit code: 0 written, 1 a plan or representation file has errors (the
                diagrams are written anyway where possible), 2 usage or I/O problem.""".formatted(formats.describe(),
                String.join(", ", diagrams.registry().names()), RepresentationFile.SUFFIX);
    }

    @Override
    public int run(List<String> args, CommandContext context) throws CommandException {
        DiagramArguments arguments = DiagramArguments.parse(NAME, args, diagrams.registry().names());
        OutputFolder out = new OutputFolder(NAME, arguments.out(), context.resolve(arguments.out()));
        var files = new PlanFileCollector(formats, context).collect(NAME, arguments.paths());
        List<PlanLoader.Loaded> loaded;
        try {
            loaded = new PlanLoader().load(files);
        } catch (IOException e) {
            throw CommandException.io(NAME + ": cannot read the plans: " + e.getMessage(), e);
        }
        int errors = 0;
        int written = 0;
        for (PlanLoader.Loaded plan : loaded) {
            errors += report(plan.diagnostics(), context);
            if (plan.plan() == null) {
                continue; // not loadable (reported) or no plan, e.g. an actor registry
            }
            RepresentationFileReader.Result state = RepresentationFiles.loadBeside(plan.file().path(), KnownIds.of(plan.plan()));
            errors += report(state.diagnostics(), context);
            report(SettingsCheck.check(state.file(), plan.plan(), diagrams.registry(),
                    RepresentationFile.beside(plan.file().path()).toString()), context);
            for (String representation : arguments.representations()) {
                SvgOptions options = SvgOptions.defaults().withState(state.file().state(representation))
                        .withDiagnostics(plan.diagnostics());
                byte[] content;
                try {
                    content = render(plan.plan(), representation, arguments.format(), options);
                } catch (DiagramTooLargeException e) {
                    context.err().println(plan.file().path() + ": " + representation + ": " + e.getMessage());
                    errors++;
                    continue;
                }
                // the folder is made only now, so a run that draws nothing leaves nothing behind
                Path target = out.create().resolve(fileName(plan.plan(), plan.file().path(), representation, arguments.format()));
                write(target, content);
                context.out().println(target);
                written++;
            }
        }
        context.err().println(NAME + ": " + written + (written == 1 ? " diagram" : " diagrams") + " written"
                + (errors > 0 ? "; " + errors + (errors == 1 ? " error" : " errors") + " found" : ""));
        return errors > 0 ? ExitCode.FAILED : ExitCode.OK;
    }

    private byte[] render(Plan plan, String representation, String format, SvgOptions options) {
        return format.equals("png") ? diagrams.renderPng(plan, representation, options)
                : diagrams.renderSvg(plan, representation, options).getBytes(StandardCharsets.UTF_8);
    }

    /** @return the number of errors among the diagnostics, all of which are printed */
    private static int report(List<ModelDiagnostic> diagnostics, CommandContext context) {
        int errors = 0;
        for (ModelDiagnostic diagnostic : diagnostics) {
            if (diagnostic.severity() != Severity.INFO) {
                context.err().println(diagnostic.format());
            }
            errors += diagnostic.severity() == Severity.ERROR ? 1 : 0;
        }
        return errors;
    }

    /** @return "<plan id>-<representation>.<format>", the file's base name standing in for a missing id */
    static String fileName(Plan plan, Path file, String representation, String format) {
        String base = plan.getId() != null && plan.getId().matches("[\\p{L}\\p{N}._-]+") ? plan.getId()
                : file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return base + "-" + representation + "." + format;
    }

    private static void write(Path target, byte[] content) throws CommandException {
        try {
            new AtomicFileWriter().write(target, content);
        } catch (IOException e) {
            throw CommandException.io(NAME + ": cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
