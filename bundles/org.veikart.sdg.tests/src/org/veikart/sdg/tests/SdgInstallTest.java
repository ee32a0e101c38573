package org.veikart.sdg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.veikart.model.SdgCatalogue;
import org.veikart.model.SdgReference;
import org.veikart.model.SdgTarget;
import org.veikart.model.VeikartFactory;
import org.veikart.sdg.Sdgs;

/** The catalogue as an EMF resource that plan files reference by URI and id fragment. */
class SdgInstallTest {

    @Test
    void installingTwiceGivesOneResourceWithTheCatalogueUri() {
        ResourceSet resourceSet = new ResourceSetImpl();
        Resource first = Sdgs.install(resourceSet);
        Resource second = Sdgs.install(resourceSet);
        assertSame(first, second);
        assertEquals(1, resourceSet.getResources().size());
        assertEquals(URI.createURI("veikart:/sdg/2020"), first.getURI());
        assertEquals(Sdgs.CATALOGUE_URI, first.getURI());
    }

    @Test
    void targetsAndGoalsResolveByIdFragment() {
        Resource resource = Sdgs.install(new ResourceSetImpl());
        SdgTarget target = (SdgTarget) resource.getEObject("sdg-8.2");
        assertEquals("8.2", target.getCode());
        assertEquals(8, ((org.veikart.model.SdgGoal) resource.getEObject("sdg-8")).getNumber());
        assertEquals("sdg-8.2", resource.getURIFragment(target));
    }

    @Test
    void proxiesWithTheCatalogueUriResolveInTheResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        Resource resource = Sdgs.install(resourceSet);
        EObject resolved = resourceSet.getEObject(URI.createURI("veikart:/sdg/2020#sdg-8.a"), true);
        assertSame(resource.getEObject("sdg-8.a"), resolved);
    }

    @Test
    void eachResourceSetGetsItsOwnCopyAndTheSharedCatalogueStaysPut() {
        Resource one = Sdgs.install(new ResourceSetImpl());
        Resource two = Sdgs.install(new ResourceSetImpl());
        SdgCatalogue shared = Sdgs.catalogue();
        assertNotSame(one.getContents().get(0), two.getContents().get(0));
        assertNotSame(shared, one.getContents().get(0));
        assertTrue(EcoreUtil.equals(shared, one.getContents().get(0)));
        assertEquals(Sdgs.CATALOGUE_URI, shared.eResource().getURI());
        assertEquals("sdg-8.2", EcoreUtil.getURI(Sdgs.target("8.2")).fragment());
        assertFalse(one.isModified());
    }

    @Test
    void aSavedReferenceToATargetIsWrittenAsCatalogueUriAndIdAndResolvesAfterLoading() throws IOException {
        SdgReference reference = VeikartFactory.eINSTANCE.createSdgReference();
        reference.setTarget(Sdgs.target("8.2"));
        Resource plan = new XMIResourceImpl(URI.createURI("memory:/plan.xmi"));
        plan.getContents().add(reference);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        plan.save(out, Map.of());
        String xml = out.toString(StandardCharsets.UTF_8);
        assertTrue(xml.contains("veikart:/sdg/2020#sdg-8.2"), xml);

        ResourceSet resourceSet = new ResourceSetImpl();
        Resource catalogue = Sdgs.install(resourceSet);
        Resource loaded = new XMIResourceImpl(URI.createURI("memory:/plan.xmi"));
        resourceSet.getResources().add(loaded);
        loaded.load(new ByteArrayInputStream(out.toByteArray()), Map.of());
        SdgTarget target = ((SdgReference) loaded.getContents().get(0)).getTarget();
        assertFalse(target.eIsProxy());
        assertSame(catalogue.getEObject("sdg-8.2"), target);
    }
}
