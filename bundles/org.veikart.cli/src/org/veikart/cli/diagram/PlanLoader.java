package org.veikart.cli.diagram;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.veikart.cli.validate.PlanFile;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.model.Plan;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.io.ModelLoadException;

/**
 * Loads the named plan files the way {@code validate} does: all named files into one hardened
 * resource set (SDG catalogue installed), plus the other {@code .plan} files of the named
 * {@code .plan} files' folders as context, so references between files resolve; then checks each
 * named file with its format's checks ({@code .plan}: the language's validation, with the element of
 * each finding for the markers). Bad content never throws: it is in {@link Loaded#diagnostics()}.
 */
final class PlanLoader {

    private final PlanWorkspace workspace = PlanWorkspace.create();
    private final XtextResourceSet resourceSet = workspace.newResourceSet();

    /**
     * One named file after loading.
     *
     * @param file        the file
     * @param plan        its plan, or null when it does not load or holds no plan (e.g. an actor registry)
     * @param diagnostics its load or check findings
     */
    record Loaded(PlanFile file, Plan plan, List<ModelDiagnostic> diagnostics) {
    }

    /** @throws IOException if a file cannot be read at all */
    List<Loaded> load(List<PlanFile> files) throws IOException {
        List<Object> resources = new ArrayList<>();
        for (PlanFile file : files) {
            try {
                resources.add(file.format().load(resourceSet, file.path()));
            } catch (ModelLoadException e) {
                resources.add(e.diagnostic());
            }
        }
        PlanWorkspace.loadContext(files.stream().map(PlanFile::path)
                .filter(path -> path.toString().endsWith("." + PlanWorkspace.EXTENSION)).toList(),
                neighbour -> workspace.load(resourceSet, neighbour));
        EcoreUtil.resolveAll(resourceSet);
        List<Loaded> loaded = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            PlanFile file = files.get(i);
            if (resources.get(i) instanceof Resource resource) {
                Plan plan = !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Plan p ? p : null;
                List<ModelDiagnostic> diagnostics = resource instanceof XtextResource
                        ? IssueElements.check(workspace, resource, file.path().toString()) : file.format().check(resource);
                loaded.add(new Loaded(file, plan, diagnostics));
            } else {
                loaded.add(new Loaded(file, null, List.of((ModelDiagnostic) resources.get(i))));
            }
        }
        return loaded;
    }
}
