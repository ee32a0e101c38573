package org.veikart.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.veikart.model.VeikartPackage;

/**
 * Which structural features of a metaclass the generators carry, taken from the Ecore metamodel
 * (never from a hand-written list, so a new feature is exported the day it is added): every feature
 * that is persisted (not transient, derived or volatile), in the metamodel's order, which puts the
 * inherited {@code id} first. Results are cached; safe for concurrent use.
 */
public final class ModelFeatures {

	private static final Map<EClass, List<EStructuralFeature>> CACHE = new ConcurrentHashMap<>();

	private ModelFeatures() {
	}

	/** @return the carried features of {@code eClass}, unmodifiable */
	public static List<EStructuralFeature> of(EClass eClass) {
		return CACHE.computeIfAbsent(eClass, ModelFeatures::compute);
	}

	private static List<EStructuralFeature> compute(EClass eClass) {
		List<EStructuralFeature> features = new ArrayList<>();
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			boolean container = feature instanceof EReference r && r.isContainer();
			if (!feature.isTransient() && !feature.isDerived() && !feature.isVolatile() && !container) {
				features.add(feature);
			}
		}
		return List.copyOf(features);
	}

	/** @return the classes of the Veikart package, in metamodel order */
	public static List<EClass> classes() {
		List<EClass> classes = new ArrayList<>();
		for (EClassifier classifier : VeikartPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				classes.add(eClass);
			}
		}
		return classes;
	}

	/** @return the concrete classes that are {@code type} or a subtype of it, in metamodel order */
	public static List<EClass> concreteSubtypes(EClass type) {
		List<EClass> result = new ArrayList<>();
		for (EClass eClass : classes()) {
			if (!eClass.isAbstract() && !eClass.isInterface() && type.isSuperTypeOf(eClass)) {
				result.add(eClass);
			}
		}
		return result;
	}

	/**
	 * @return the concrete classes that can be the root of a file: those that no containment reference
	 *         can hold (Plan, ActorRegistry, SdgCatalogue), in metamodel order
	 */
	public static List<EClass> rootClasses() {
		List<EClass> roots = new ArrayList<>();
		for (EClass candidate : classes()) {
			boolean contained = false;
			for (EClass owner : classes()) {
				for (EReference reference : owner.getEReferences()) {
					contained |= reference.isContainment() && reference.getEReferenceType().isSuperTypeOf(candidate);
				}
			}
			if (!contained && !candidate.isAbstract() && !candidate.isInterface()) {
				roots.add(candidate);
			}
		}
		return roots;
	}

	/** @return the concrete class of that name in the Veikart package, or null */
	public static EClass concreteClass(String name) {
		EClassifier classifier = VeikartPackage.eINSTANCE.getEClassifier(name);
		return classifier instanceof EClass c && !c.isAbstract() && !c.isInterface() ? c : null;
	}
}
