package org.veikart.cli.validate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.veikart.cli.Command;
import org.veikart.cli.CommandContext;
import org.veikart.cli.CommandException;
import org.veikart.cli.ExitCode;
import org.veikart.cli.PathArguments;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.check.ModelIssueCodes;
import org.veikart.model.io.ModelLoadException;

/**
 * {@code veikart validate PATH...}: loads every plan file (folders walked) into one resource set,
 * together with the other {@code .plan} files of the named {@code .plan} files' folders as context
 * for references (context files are not reported on),
 * then checks each with its format's checks (XMI: the model checker; {@code .plan}: parser, linker
 * and the language's validation, which includes the model checker) and prints each diagnostic as {@code file:line:col: severity:
 * message} on stdout, then a summary line on stderr.
 * <p>
 * Exit code 0 without errors (warnings allowed), 1 if any file has an error or does not parse,
 * 2 for usage and I/O problems (reported before any file is checked where possible).
 */
public final class ValidateCommand implements Command {

    private static final String NAME = "validate";

    private final PlanFormats formats;

    public ValidateCommand() {
        this(PlanFormats.standard());
    }

    ValidateCommand(PlanFormats formats) {
        this.formats = formats;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "Check plan files and report problems as file:line:col";
    }

    @Override
    public String usage() {
        return """
                usage: veikart validate PATH...

                Checks plan files and prints every problem as
                  file:line:col: severity: message
                on stdout, then a summary on stderr. A PATH is a plan file or a folder,
                which is searched recursively for plan files (%s); other files are ignored.
                References to the other .plan files in the folder of a named .plan file
                (and below) resolve; only the named files are reported on.

                Exit code: 0 no errors (warnings allowed), 1 errors found (including files
                that do not parse), 2 usage or I/O problem (e.g. a PATH that does not exist).""".formatted(formats.describe());
    }

    @Override
    public int run(List<String> args, CommandContext context) throws CommandException {
        List<String> paths = parsePaths(args);
        List<PlanFile> files = new PlanFileCollector(formats, context).collect(NAME, paths);
        ResourceSet resourceSet = PlanWorkspace.create().newResourceSet();
        DiagnosticCounts counts = new DiagnosticCounts();
        Progress progress = new Progress(context.err(), NAME, files.size());
        DiagnosticLocator locator = new DiagnosticLocator(context.workingDirectory());
        // all files first, so that references between them (shared actors, plan links) resolve
        List<Object> loaded = new ArrayList<>();
        for (PlanFile file : files) {
            loaded.add(load(file, resourceSet));
        }
        DslPlanFormat dsl = new DslPlanFormat();
        PlanWorkspace.loadContext(files.stream().filter(file -> file.format() instanceof DslPlanFormat)
                .map(PlanFile::path).toList(), neighbour -> dsl.load(resourceSet, neighbour));
        for (int i = 0; i < files.size(); i++) {
            PlanFile file = files.get(i);
            List<ModelDiagnostic> diagnostics = loaded.get(i) instanceof Resource resource
                    ? file.format().check(resource) : List.of((ModelDiagnostic) loaded.get(i));
            for (ModelDiagnostic diagnostic : diagnostics) {
                context.out().println(locator.relocate(diagnostic, file).format());
                counts.add(diagnostic.severity());
            }
            progress.fileDone(i + 1);
        }
        context.err().println(counts.summary(NAME, files.size()));
        return counts.errors() > 0 ? ExitCode.FAILED : ExitCode.OK;
    }

    private static List<String> parsePaths(List<String> args) throws CommandException {
        List<String> paths = PathArguments.parse(NAME, args);
        if (paths.isEmpty()) {
            throw CommandException.usage(NAME + ": no PATH given");
        }
        return paths;
    }

    /** @return the loaded resource, or the one load diagnostic of a file that does not parse */
    private static Object load(PlanFile file, ResourceSet resourceSet) throws CommandException {
        try {
            return file.format().load(resourceSet, file.path());
        } catch (ModelLoadException e) {
            if (ModelIssueCodes.LOAD_IO_ERROR.equals(e.diagnostic().code())) {
                // the file vanished or became unreadable after it was collected: an I/O problem, not a plan error
                throw CommandException.io(NAME + ": " + file.display() + ": " + e.diagnostic().message(), e);
            }
            return e.diagnostic();
        } catch (IOException e) {
            throw CommandException.io(NAME + ": " + file.display() + ": cannot read the file: "
                    + PlanFileCollector.reason(e), e);
        }
    }
}
